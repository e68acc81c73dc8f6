package cn.gov.zhushan.plan.project.promotion;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * A year of investment promotion, as the report counts it (2024: 107 trips, 110 companies met, 12 deals
 * of 1亿元 and more).
 *
 * @param companiesMet distinct leads met on that year's trips
 * @param signedAmount yuan
 */
public record PromotionStatistics(int year, int trips, int companiesMet, int dealsSigned, int dealsOfOneYiOrMore,
                                  BigDecimal signedAmount, String currency) {

    /** 1亿元 in yuan. */
    public static final BigDecimal ONE_YI = new BigDecimal("100000000");

    public static PromotionStatistics of(int year, Collection<PromotionTrip> trips, Collection<Lead> leads) {
        var yearTrips = trips.stream().filter(t -> t.date().getYear() == year).toList();
        int companies = (int) yearTrips.stream().flatMap(t -> t.leadIds().stream()).distinct().count();
        var deals = leads.stream().filter(l -> l.status() == LeadStatus.SIGNED)
                .filter(l -> l.signedOn() != null && l.signedOn().getYear() == year).toList();
        int big = (int) deals.stream().filter(l -> l.signedAmount().compareTo(ONE_YI) >= 0).count();
        BigDecimal amount = deals.stream().map(Lead::signedAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PromotionStatistics(year, yearTrips.size(), companies, deals.size(), big, amount, "CNY");
    }
}
