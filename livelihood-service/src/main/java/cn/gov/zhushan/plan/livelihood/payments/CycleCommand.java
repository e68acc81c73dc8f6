package cn.gov.zhushan.plan.livelihood.payments;

/** The payment-cycle commands that run as background operations; {@link #kind} names them in the operation. */
enum CycleCommand {
    DRAFT("DRAFT_CYCLE"), DISTRIBUTE("DISTRIBUTE_CYCLE"), RECONCILE("RECONCILE_CYCLE");

    final String kind;

    CycleCommand(String kind) {
        this.kind = kind;
    }

    static CycleCommand ofKind(String kind) {
        for (CycleCommand command : values()) {
            if (command.kind.equals(kind)) {
                return command;
            }
        }
        return null;
    }
}
