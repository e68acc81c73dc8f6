package cn.gov.zhushan.plan.indicator.registry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.indicator.periods.PeriodType;

/**
 * An indicator of the plan (DHIS2's data element, SDMX's concept).
 *
 * @param unit           e.g. {@code 亿元}, {@code %}, {@code μg/m³}, {@code 元}, {@code count}
 * @param unitMultiplier power of ten of the unit relative to its base (亿元 = 8, 万元 = 4)
 * @param polarity       {@code HIGHER_IS_BETTER}, {@code LOWER_IS_BETTER} or {@code NEUTRAL} (neither: budget
 *                       expenditure is judged by a band around its target)
 * @param reportedAs     {@code LEVEL}, {@code GROWTH} or {@code LEVEL_AND_GROWTH}
 * @param aggregation    what the measure is: {@code SUM} (a flow such as GDP or retail sales, whose year adds up
 *                       over the months) or {@code AVERAGE} (ratios and concentrations such as PM2.5); null in
 *                       catalogues written before it existed, then inferred from the unit
 * @param category       the kind of indicator whose default "about" tolerance applies ({@code OUTPUT},
 *                       {@code INVESTMENT}, {@code CONSUMPTION}, {@code FISCAL}, {@code INCOME},
 *                       {@code ENVIRONMENT}, {@code INNOVATION}, {@code TOURISM}, {@code LIVELIHOOD}, ...)
 * @param growthPrices   {@code COMPARABLE} when the growth is real (at the prices of the year before, 可比价: GDP,
 *                       industrial value added), {@code CURRENT} when nominal; a growth target's implied level is at
 *                       the base year's prices when comparable
 * @param publishedAs    cumulative from January (累计), per period, or a point-in-time level; {@code PER_PERIOD}
 *                       when absent
 * @param yearFrom       how a year is formed from the periods; from {@code aggregation} when absent
 * @param reportingDueDay the day of the month after a period ends by which its figures are due (15 when absent)
 */
@Document("indicators")
public record Indicator(@Id String code, String nameZh, String nameEn, String unit, int unitMultiplier, int decimals,
                        String periodicity, String polarity, String reportedAs, String department,
                        String aggregation, String category, String growthPrices, Publication publishedAs,
                        YearFrom yearFrom, Integer reportingDueDay) {

    public boolean lowerIsBetter() {
        return "LOWER_IS_BETTER".equals(polarity);
    }

    /** Whether a higher or a lower value is better at all; not for budget expenditure, judged by a band around its target. */
    public boolean hasDirection() {
        return !"NEUTRAL".equals(polarity);
    }

    public boolean takesGrowth() {
        return "GROWTH".equals(reportedAs) || "LEVEL_AND_GROWTH".equals(reportedAs);
    }

    public boolean takesLevel() {
        return !"GROWTH".equals(reportedAs);
    }

    public PeriodType periodType() {
        return PeriodType.valueOf(periodicity);
    }

    public boolean comparablePrices() {
        return "COMPARABLE".equals(growthPrices);
    }

    public String categoryOrDefault() {
        return category == null ? "GENERAL" : category;
    }

    public Publication publication() {
        return publishedAs == null ? Publication.PER_PERIOD : publishedAs;
    }

    public YearFrom yearFormedBy() {
        if (yearFrom != null) {
            return yearFrom;
        }
        return publication() != Publication.PER_PERIOD ? YearFrom.LAST_VALUE : sums() ? YearFrom.SUM : YearFrom.MEAN;
    }

    /**
     * Whether the indicator is a flow that accumulates over the year (GDP, retail sales), so a level target is
     * reached step by step; a ratio, a mean or a stock (patents held) is not.
     */
    public boolean flow() {
        return sums() && publication() != Publication.POINT_IN_TIME;
    }

    public boolean sums() {
        if (aggregation != null) {
            return "SUM".equals(aggregation);
        }
        return switch (unit) {
            case "元", "万元", "亿元", "count" -> true;
            default -> false;
        };
    }
}
