package cn.gov.zhushan.plan.tourism.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Occupancy as a percentage of capacity: exact, scale 1, half up (1 of 3 = 33.3). */
public final class OccupancyPercent {

    public static final int SCALE = 1;

    private OccupancyPercent() {
    }

    /** Zero for a site without a capacity (there is nothing to fill). */
    public static BigDecimal of(long occupancy, int capacity) {
        if (capacity <= 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return BigDecimal.valueOf(occupancy).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(capacity), SCALE, RoundingMode.HALF_UP);
    }
}
