package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How targets are judged.
 *
 * @param aboutTolerancePoints  the band of an "about" growth target (左右), percentage points: "about 5%" is met from 4.5%
 * @param aboutTolerancePercent the band of an "about" level target, percent of the target level
 * @param atRiskBandPoints      how far below the (tolerance-adjusted) growth target is still "at risk", points
 * @param atRiskBandPercent     the same for level targets, percent of the expected level
 */
@ConfigurationProperties("indicators.targets")
public record TargetsProperties(BigDecimal aboutTolerancePoints, BigDecimal aboutTolerancePercent,
                                BigDecimal atRiskBandPoints, BigDecimal atRiskBandPercent) {

    public TargetsProperties {
        aboutTolerancePoints = aboutTolerancePoints == null ? new BigDecimal("0.5") : aboutTolerancePoints;
        aboutTolerancePercent = aboutTolerancePercent == null ? new BigDecimal("1") : aboutTolerancePercent;
        atRiskBandPoints = atRiskBandPoints == null ? new BigDecimal("1.0") : atRiskBandPoints;
        atRiskBandPercent = atRiskBandPercent == null ? new BigDecimal("5") : atRiskBandPercent;
    }

    public static TargetsProperties defaults() {
        return new TargetsProperties(null, null, null, null);
    }
}
