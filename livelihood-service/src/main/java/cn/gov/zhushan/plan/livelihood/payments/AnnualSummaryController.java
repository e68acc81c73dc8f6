package cn.gov.zhushan.plan.livelihood.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A year's payments per program from the distributed/reconciled cycles: beneficiaries as the largest monthly
 * count (households, persons) and the amount paid over the year, yuan and 万元.
 */
@RestController
@Validated
class AnnualSummaryController {

    record ProgramYear(String programCode, int cycles, long households, long persons, BigDecimal amountYuan,
                       BigDecimal amountWanYuan) {
    }

    private final MongoTemplate mongo;

    AnnualSummaryController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/v1/livelihood/summary/{year}")
    List<ProgramYear> summary(@PathVariable @Min(2000) @Max(2100) int year) {
        List<PaymentCycle> cycles = mongo.find(Query.query(Criteria.where("period").regex("^" + year + "-")
                .and("state").in(PaymentCycle.State.DISTRIBUTED, PaymentCycle.State.RECONCILED)), PaymentCycle.class);
        Map<String, List<PaymentCycle>> byProgram = cycles.stream()
                .collect(Collectors.groupingBy(PaymentCycle::programCode, TreeMap::new, Collectors.toList()));
        return byProgram.entrySet().stream().map(e -> {
            BigDecimal amount = e.getValue().stream().map(c -> c.paid().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new ProgramYear(e.getKey(), e.getValue().size(),
                    e.getValue().stream().mapToLong(c -> c.paid().households()).max().orElse(0),
                    e.getValue().stream().mapToLong(c -> c.paid().persons()).max().orElse(0), amount,
                    amount.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP));
        }).toList();
    }
}
