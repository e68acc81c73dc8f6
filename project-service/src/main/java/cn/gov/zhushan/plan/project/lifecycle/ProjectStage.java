package cn.gov.zhushan.plan.project.lifecycle;

/**
 * 洽谈签约 → 跟踪对接 → 开工建设 → 投产运营, plus suspended and cancelled (OC4IDS: identification →
 * preparation → implementation → completion → operation).
 */
public enum ProjectStage {
    NEGOTIATION,
    SIGNED,
    UNDER_CONSTRUCTION,
    COMPLETED,
    IN_OPERATION,
    SUSPENDED,
    CANCELLED;

    /** Whether money can be spent on site in this stage, so monthly investment may be reported. */
    public boolean acceptsInvestmentReports() {
        return this == UNDER_CONSTRUCTION || this == COMPLETED || this == IN_OPERATION || this == SUSPENDED;
    }
}
