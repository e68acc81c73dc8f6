package cn.gov.zhushan.plan.project.funding;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Funding per source and status in one year (by the entry's date). Amounts in yuan.
 *
 * @param secured committed plus disbursed
 */
public record FundingTotals(int year, Map<FundingSource, Map<FundingStatus, BigDecimal>> bySource, BigDecimal secured,
                            BigDecimal disbursed, String currency) {

    public static FundingTotals of(int year, Collection<FundingEntry> entries) {
        Map<FundingSource, Map<FundingStatus, BigDecimal>> bySource = new EnumMap<>(FundingSource.class);
        BigDecimal secured = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (FundingEntry entry : entries) {
            if (entry.date().getYear() != year) {
                continue;
            }
            bySource.computeIfAbsent(entry.source(), s -> new EnumMap<>(FundingStatus.class))
                    .merge(entry.status(), entry.amount(), BigDecimal::add);
            if (entry.status().secured()) {
                secured = secured.add(entry.amount());
            }
            if (entry.status() == FundingStatus.DISBURSED) {
                disbursed = disbursed.add(entry.amount());
            }
        }
        return new FundingTotals(year, bySource, secured, disbursed, "CNY");
    }
}
