package cn.gov.zhushan.plan.indicator.registry;

/**
 * How an indicator's values are published.
 * <ul>
 * <li>{@code CUMULATIVE}: from January to the end of the period (累计, "1–N月"): retail sales of 2025-03 are those of
 *     January to March, and their growth is the year-to-date growth. Never summed.</li>
 * <li>{@code PER_PERIOD}: each period on its own (the month's PM2.5 mean, a quarter's new enterprises).</li>
 * <li>{@code POINT_IN_TIME}: a level at the end of the period (valid invention patents held at year end).</li>
 * </ul>
 */
public enum Publication { CUMULATIVE, PER_PERIOD, POINT_IN_TIME }
