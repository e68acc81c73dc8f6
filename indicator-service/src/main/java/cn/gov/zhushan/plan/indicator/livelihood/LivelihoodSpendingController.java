package cn.gov.zhushan.plan.indicator.livelihood;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Livelihood spending of a year per program (e.g. dibao 7,165.9万元 in 2024), from livelihood-service's
 * distributed payment cycles: amounts summed over the months (yuan), households and persons of the latest month.
 */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/livelihood-spending")
class LivelihoodSpendingController {

    private final MongoTemplate mongo;

    LivelihoodSpendingController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/{year}")
    Spending spending(@PathVariable @Min(2000) @Max(2100) int year) {
        List<Document> months = new ArrayList<>(mongo.find(Query.query(Criteria.where("year").is(year)), Document.class,
                CycleDistributedListener.COLLECTION));
        months.sort(Comparator.comparing(d -> d.getString("period")));
        Map<String, ProgramSpending> byProgram = new TreeMap<>();
        for (Document month : months) {
            BigDecimal amount = yuan(month.get("amount"));
            byProgram.merge(month.getString("programCode"),
                    new ProgramSpending(month.getString("programCode"), amount, 1, month.getString("period"),
                            ((Number) month.get("households")).longValue(), ((Number) month.get("persons")).longValue()),
                    (a, b) -> new ProgramSpending(a.programCode(), a.amountYuan().add(b.amountYuan()),
                            a.months() + 1, b.latestPeriod(), b.latestHouseholds(), b.latestPersons()));
        }
        BigDecimal total = byProgram.values().stream().map(ProgramSpending::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Spending(year, total, List.copyOf(byProgram.values()));
    }

    private static BigDecimal yuan(Object stored) {
        return stored instanceof Decimal128 d ? d.bigDecimalValue() : new BigDecimal(stored.toString());
    }

    record Spending(int year, BigDecimal amountYuan, List<ProgramSpending> programs) {
    }

    record ProgramSpending(String programCode, BigDecimal amountYuan, int months, String latestPeriod,
                           long latestHouseholds, long latestPersons) {
    }
}
