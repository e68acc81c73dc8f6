package cn.gov.zhushan.plan.tourism.footfall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import cn.gov.zhushan.plan.platform.time.PlatformTime;

/** Footfall windows are Asia/Shanghai wall-clock windows: 15-minute quarters, hours and days. */
public final class DistrictTime {

    public static final ZoneId ZONE = PlatformTime.DISTRICT_ZONE;
    public static final int QUARTER_MINUTES = 15;

    private DistrictTime() {
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    public static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    public static LocalDate day(Instant instant) {
        return local(instant).toLocalDate();
    }

    /** The local start of the 15-minute window holding this instant. */
    public static LocalDateTime quarterStart(Instant instant) {
        return floor(local(instant), QUARTER_MINUTES);
    }

    /** Truncates a local time to a multiple of {@code minutes} since the start of its day. */
    public static LocalDateTime floor(LocalDateTime local, int minutes) {
        LocalDateTime midnight = local.toLocalDate().atStartOfDay();
        long since = ChronoUnit.MINUTES.between(midnight, local);
        return midnight.plusMinutes(since - since % minutes);
    }

    /** The stored window's id: site and local quarter start, e.g. {@code TAOYANGLI|2024-10-01T09:15}. */
    public static String windowId(String site, LocalDateTime quarterStart) {
        return site + "|" + quarterStart;
    }
}
