package cn.gov.zhushan.plan.platform.time;

import java.time.ZoneId;

/** The district's time: days, months and "today" are Asia/Shanghai days everywhere on the platform. */
public final class PlatformTime {

    public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformTime() {
    }
}
