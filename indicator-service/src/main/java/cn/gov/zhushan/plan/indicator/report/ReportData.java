package cn.gov.zhushan.plan.indicator.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.gov.zhushan.plan.indicator.targets.TargetComparator;
import cn.gov.zhushan.plan.indicator.targets.TargetKind;

/**
 * Everything one report is written from, each part as read (or not) from its source.
 *
 * @param indicators        this service's annual observations by indicator code
 * @param nextYearTargets   the targets of the following year, in the report's order
 * @param holidayArrivals   visitor arrivals over the year's statutory holidays, district total
 */
public record ReportData(int year, String regionName, Map<String, Fetched<IndicatorReading>> indicators,
                         Fetched<List<TargetLine>> nextYearTargets,
                         Fetched<ProjectApi.Portfolio> portfolio, Fetched<List<ProjectApi.Project>> projects,
                         Fetched<ProjectApi.FundingTotals> funding, Fetched<ProjectApi.PromotionStatistics> promotion,
                         Fetched<List<LivelihoodApi.ProgramYear>> livelihood, Fetched<LivelihoodApi.EmploymentYear> employment,
                         Fetched<Long> holidayArrivals, Fetched<TourismApi.ComplaintStatistics> complaints) {

    /** An annual observation: level in the indicator's unit (null for growth-only indicators) and growth, %. */
    public record IndicatorReading(String code, String nameZh, String unit, int decimals, BigDecimal value,
                                   BigDecimal growthPercent) {
    }

    /** A target as the plan states it. */
    public record TargetLine(String code, String nameZh, String unit, int decimals, TargetKind kind,
                             TargetComparator comparator, BigDecimal value, SourceRef source) {
    }
}
