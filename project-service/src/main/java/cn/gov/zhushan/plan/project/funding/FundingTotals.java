package cn.gov.zhushan.plan.project.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Funding won in one year (by the commitment's date), as the report counts it (争取上级资金): secured
 * entries, money and quotas alike, a grant shared by several projects counted once. Amounts in yuan;
 * {@code totalYi} is the total in 亿元 with four decimals (2024: 2.6845, which the report rounds to 2.68).
 *
 * @param bySource         amount per source and status
 * @param securedBySource  secured amount per source
 * @param secured          committed plus disbursed entries
 * @param total            the same as {@code secured}: the year's funding won
 * @param funds            secured money
 * @param quotas           secured quotas (e.g. special-purpose bond quotas)
 * @param disbursed        paid out in the year: disbursement transactions dated in it, and entries recorded
 *                         as disbursed without transactions
 * @param sharedGrants     grants shared by several projects, each counted once
 */
public record FundingTotals(int year, Map<FundingSource, Map<FundingStatus, BigDecimal>> bySource,
                            Map<FundingSource, BigDecimal> securedBySource, BigDecimal secured, BigDecimal total,
                            BigDecimal totalYi, BigDecimal funds, BigDecimal quotas, BigDecimal disbursed,
                            int sharedGrants, String currency) {

    private static final BigDecimal YI = new BigDecimal("100000000");

    public static FundingTotals of(int year, Collection<FundingEntry> entries) {
        Map<FundingSource, Map<FundingStatus, BigDecimal>> bySource = new EnumMap<>(FundingSource.class);
        Map<FundingSource, BigDecimal> securedBySource = new EnumMap<>(FundingSource.class);
        BigDecimal secured = BigDecimal.ZERO;
        BigDecimal funds = BigDecimal.ZERO;
        BigDecimal quotas = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        Set<String> grantsSeen = new HashSet<>();
        for (FundingEntry entry : entries) {
            if (entry.sharedGrantId() != null && !grantsSeen.add(entry.sharedGrantId())) {
                continue; // another project's copy of a shared grant: counted already
            }
            for (Disbursement d : entry.disbursements()) {
                if (d.date().getYear() == year) {
                    disbursed = disbursed.add(d.amount());
                }
            }
            if (entry.date().getYear() != year) {
                continue;
            }
            bySource.computeIfAbsent(entry.source(), s -> new EnumMap<>(FundingStatus.class))
                    .merge(entry.status(), entry.amount(), BigDecimal::add);
            if (entry.status().secured()) {
                secured = secured.add(entry.amount());
                securedBySource.merge(entry.source(), entry.amount(), BigDecimal::add);
                if (entry.kind() == FundingKind.QUOTA) {
                    quotas = quotas.add(entry.amount());
                } else {
                    funds = funds.add(entry.amount());
                }
            }
            if (entry.status() == FundingStatus.DISBURSED && entry.disbursements().isEmpty()) {
                disbursed = disbursed.add(entry.amount());
            }
        }
        int sharedGrants = (int) entries.stream().map(FundingEntry::sharedGrantId).filter(g -> g != null)
                .filter(grantsSeen::contains).distinct().filter(g -> inYear(entries, g, year)).count();
        return new FundingTotals(year, bySource, securedBySource, secured, secured,
                secured.divide(YI, 4, RoundingMode.HALF_UP), funds, quotas, disbursed, sharedGrants, "CNY");
    }

    private static boolean inYear(Collection<FundingEntry> entries, String grantId, int year) {
        return entries.stream().anyMatch(e -> grantId.equals(e.sharedGrantId()) && e.date().getYear() == year);
    }
}
