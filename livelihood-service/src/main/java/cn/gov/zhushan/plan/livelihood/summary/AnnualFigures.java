package cn.gov.zhushan.plan.livelihood.summary;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.livelihood.payments.Payment;
import cn.gov.zhushan.plan.livelihood.payments.PaymentCycle;
import cn.gov.zhushan.plan.livelihood.summary.ProgramYear.Counts;

/** A year's figures per program from the distributed/reconciled cycles and, where they exist, their payments. */
@Component
public class AnnualFigures {

    private final MongoTemplate mongo;
    private final List<PaidAtLeastOnceSource> rosters;

    AnnualFigures(MongoTemplate mongo, List<PaidAtLeastOnceSource> rosters) {
        this.mongo = mongo;
        this.rosters = rosters;
    }

    /** Something other than payment documents that knows who was paid at least once (an aggregated roster). */
    public interface PaidAtLeastOnceSource {
        /** Null when it does not know this program's year. */
        Counts paidAtLeastOnce(String programCode, int year);
    }

    public Map<String, ProgramYear> of(int year) {
        List<PaymentCycle> cycles = mongo.find(Query.query(Criteria.where("period").regex("^" + year + "-")
                .and("state").in(PaymentCycle.State.DISTRIBUTED, PaymentCycle.State.RECONCILED)), PaymentCycle.class);
        Map<String, List<PaymentCycle>> byProgram = cycles.stream()
                .collect(Collectors.groupingBy(PaymentCycle::programCode, TreeMap::new, Collectors.toList()));
        Map<String, ProgramYear> result = new TreeMap<>();
        byProgram.forEach((code, list) -> result.put(code, programYear(code, year, list)));
        return result;
    }

    private ProgramYear programYear(String code, int year, List<PaymentCycle> cycles) {
        BigDecimal amount = cycles.stream().map(c -> c.paid().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        PaymentCycle last = cycles.stream().max(Comparator.comparing(PaymentCycle::period)).orElseThrow();
        Counts yearEnd = new Counts(last.paid().households(), last.paid().persons());
        Counts once;
        String basis;
        Counts fromRoster = rosters.stream().map(r -> r.paidAtLeastOnce(code, year)).filter(c -> c != null).findFirst().orElse(null);
        if (cycles.stream().noneMatch(PaymentCycle::demo)) {
            once = distinctPaid(code, year);
            basis = ProgramYear.PAYMENTS;
        } else if (fromRoster != null) {
            once = fromRoster;
            basis = ProgramYear.ROSTER;
        } else {
            once = new Counts(cycles.stream().mapToLong(c -> c.paid().households()).max().orElse(0),
                    cycles.stream().mapToLong(c -> c.paid().persons()).max().orElse(0));
            basis = ProgramYear.LARGEST_MONTH;
        }
        return new ProgramYear(code, cycles.size(), yearEnd, once, basis, amount);
    }

    /** Distinct beneficiaries over the year's PAID payments; a household's persons counted at their largest. */
    private Counts distinctPaid(String code, int year) {
        Query query = Query.query(Criteria.where("programCode").is(code).and("period").regex("^" + year + "-")
                .and("status").is(Payment.Status.PAID));
        query.fields().include("beneficiaryKey", "householdId", "persons");
        Map<String, Integer> persons = new HashMap<>();
        Set<String> households = new HashSet<>();
        try (var stream = mongo.stream(query, Payment.class)) {
            stream.forEach(p -> {
                persons.merge(p.beneficiaryKey(), p.persons(), Math::max);
                households.add(p.householdId() != null ? p.householdId() : p.beneficiaryKey());
            });
        }
        return new Counts(households.size(), persons.values().stream().mapToLong(Integer::longValue).sum());
    }
}
