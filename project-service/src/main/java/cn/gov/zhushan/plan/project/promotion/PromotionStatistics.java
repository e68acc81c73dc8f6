package cn.gov.zhushan.plan.project.promotion;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A year of investment promotion, as the report counts it (2024: 107 trips, 110 companies met, 12 projects
 * of 1亿元 or more approved, 4 of them industrial with 1 of 5亿元 or more, and one commercial project of 8亿元).
 *
 * @param companiesMet                 distinct leads met on that year's trips
 * @param signedAmount                 yuan
 * @param projectsApproved             leads approved (过会) in the year
 * @param approvedOfOneYiOrMore        of them, approved at 1亿元 or more
 * @param approvedOfOneYiOrMoreBySector the same per sector (e.g. 工业, 商贸)
 * @param approvedOfFiveYiOrMoreBySector approved at 5亿元 or more, per sector
 * @param largestApprovedBySector      the largest approved amount per sector, yuan
 * @param leadsByStatus                every lead's current stage (not limited to the year)
 */
public record PromotionStatistics(int year, int trips, int companiesMet, int dealsSigned, int dealsOfOneYiOrMore,
                                  BigDecimal signedAmount, int projectsApproved, int approvedOfOneYiOrMore,
                                  Map<String, Integer> approvedOfOneYiOrMoreBySector,
                                  Map<String, Integer> approvedOfFiveYiOrMoreBySector,
                                  Map<String, BigDecimal> largestApprovedBySector,
                                  Map<LeadStatus, Integer> leadsByStatus, String currency) {

    /** 1亿元 in yuan. */
    public static final BigDecimal ONE_YI = new BigDecimal("100000000");
    public static final BigDecimal FIVE_YI = new BigDecimal("500000000");

    public static PromotionStatistics of(int year, Collection<PromotionTrip> trips, Collection<Lead> leads) {
        Map<LeadStatus, Integer> byStatus = new TreeMap<>();
        leads.forEach(l -> byStatus.merge(l.status(), 1, Integer::sum));
        return of(year, trips, leads, byStatus);
    }

    /**
     * @param trips         at least the year's trips (others are left out here)
     * @param leads         at least the leads signed or approved in the year
     * @param leadsByStatus every lead's current stage, counted
     */
    public static PromotionStatistics of(int year, Collection<PromotionTrip> trips, Collection<Lead> leads,
                                         Map<LeadStatus, Integer> leadsByStatus) {
        var yearTrips = trips.stream().filter(t -> t.date().getYear() == year).toList();
        int companies = (int) yearTrips.stream().flatMap(t -> t.leadIds().stream()).distinct().count();
        var deals = leads.stream().filter(l -> l.signedOn() != null && l.signedAmount() != null)
                .filter(l -> l.signedOn().getYear() == year).toList();
        int big = (int) deals.stream().filter(l -> l.signedAmount().compareTo(ONE_YI) >= 0).count();
        BigDecimal amount = deals.stream().map(Lead::signedAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var approved = leads.stream().filter(l -> l.approvedOn() != null && l.approvedOn().getYear() == year).toList();
        Map<String, Integer> oneYi = new TreeMap<>();
        Map<String, Integer> fiveYi = new TreeMap<>();
        Map<String, BigDecimal> largest = new TreeMap<>();
        int approvedBig = 0;
        for (Lead lead : approved) {
            largest.merge(lead.sector(), lead.approvedAmount(), BigDecimal::max);
            if (lead.approvedAmount().compareTo(ONE_YI) >= 0) {
                approvedBig++;
                oneYi.merge(lead.sector(), 1, Integer::sum);
            }
            if (lead.approvedAmount().compareTo(FIVE_YI) >= 0) {
                fiveYi.merge(lead.sector(), 1, Integer::sum);
            }
        }
        return new PromotionStatistics(year, yearTrips.size(), companies, deals.size(), big, amount, approved.size(),
                approvedBig, oneYi, fiveYi, largest, new TreeMap<>(leadsByStatus), "CNY");
    }
}
