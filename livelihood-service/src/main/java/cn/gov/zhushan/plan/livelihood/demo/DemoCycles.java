package cn.gov.zhushan.plan.livelihood.demo;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.gov.zhushan.plan.livelihood.payments.CycleDistributed;
import cn.gov.zhushan.plan.livelihood.payments.CycleTotals;
import cn.gov.zhushan.plan.livelihood.payments.PaymentCycle;
import cn.gov.zhushan.plan.livelihood.payments.PaymentCycles;
import cn.gov.zhushan.plan.platform.events.DomainEvents;

/** A demo month's reconciled cycle carrying its totals (no payment documents) and its cycle-distributed event. */
final class DemoCycles {

    private DemoCycles() {
    }

    static PaymentCycle reconciled(DomainEvents events, String code, YearMonth month, CycleTotals totals) {
        String period = month.toString();
        String id = PaymentCycle.idOf(code, period);
        Instant at = month.atEndOfMonth().atTime(12, 0).toInstant(ZoneOffset.ofHours(8));
        return new PaymentCycle(id, code, period, PaymentCycle.State.RECONCILED, DemoDataLoader.BY, at,
                DemoDataLoader.BY + "-approver", at, DemoDataLoader.BY, at, at, totals, totals, 0, true,
                new ArrayList<>(List.of(events.create(CycleDistributed.DISTRIBUTED, id, "cycles/" + id,
                        new CycleDistributed(code, period, totals.households(), totals.persons(), totals.amount(), id),
                        PaymentCycles.EXTENSIONS))));
    }
}
