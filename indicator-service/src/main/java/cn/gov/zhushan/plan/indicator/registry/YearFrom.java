package cn.gov.zhushan.plan.indicator.registry;

/**
 * How the year (and any year to date) is formed from an indicator's periods.
 * <ul>
 * <li>{@code LAST_VALUE}: the last cumulative value (1–12月) or the level at year end; the only one for
 *     {@code CUMULATIVE} and {@code POINT_IN_TIME} publication.</li>
 * <li>{@code SUM}: the periods added up (flows published per period).</li>
 * <li>{@code MEAN}: the mean of the periods, each weighted by the months it spans (a quarter counts three times a month).</li>
 * <li>{@code RATIO_OF_SUMS}: a ratio whose numerator and denominator add up over the year, its denominator being the
 *     days: the share of good-air days of a year is its good days over its days, so each period's ratio is weighted
 *     by its days.</li>
 * </ul>
 */
public enum YearFrom { LAST_VALUE, SUM, MEAN, RATIO_OF_SUMS }
