package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import cn.gov.zhushan.plan.indicator.periods.Period;

/**
 * A period as SDMX writes TIME_PERIOD: the year {@code 2024}, a month {@code 2024-03} (ISO 8601), a quarter
 * {@code 2024-Q3}, a half-year as the reporting semester {@code 2024-S1}; January and February together (1–2月), which
 * no SDMX reporting period covers, as the ISO 8601 time range {@code 2024-01-01/P2M}.
 */
public final class SdmxTimePeriod {

    private SdmxTimePeriod() {
    }

    public static String of(Period period) {
        return switch (period.type()) {
            case ANNUAL -> Integer.toString(period.year());
            case HALF_YEARLY -> period.year() + "-S" + period.index();
            case QUARTERLY -> period.year() + "-Q" + period.index();
            case JAN_FEB -> period.year() + "-01-01/P2M";
            case MONTHLY -> period.year() + "-" + (period.index() < 10 ? "0" : "") + period.index();
        };
    }
}
