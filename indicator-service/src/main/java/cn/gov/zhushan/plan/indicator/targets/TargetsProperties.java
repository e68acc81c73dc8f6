package cn.gov.zhushan.plan.indicator.targets;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How targets are judged.
 *
 * @param aboutTolerancePoints       the band of an "about" growth target (左右), percentage points, for a kind of
 *                                   indicator not listed in {@code aboutTolerancePointsByCategory}: "about 5%" is met
 *                                   from 4.5%
 * @param aboutTolerancePercent      the band of an "about" level target, percent of the target level
 * @param atRiskBandPoints           how far below the (tolerance-adjusted) growth target is still "at risk", points
 * @param atRiskBandPercent          the same for level targets, percent of the expected level
 * @param aboutTolerancePointsByCategory the growth band per kind of indicator ({@code Indicator.category}). A flat
 *                                   ±0.5 points is a tenth of "about 5%" but nearly half of "about 1.1%" (budget
 *                                   revenue, met from 0.6%): small fiscal targets get a narrower band
 */
@ConfigurationProperties("indicators.targets")
public record TargetsProperties(BigDecimal aboutTolerancePoints, BigDecimal aboutTolerancePercent,
                                BigDecimal atRiskBandPoints, BigDecimal atRiskBandPercent,
                                Map<String, BigDecimal> aboutTolerancePointsByCategory) {

    /** The built-in growth bands per kind of indicator, overridable one by one in configuration. */
    static final Map<String, BigDecimal> DEFAULT_POINTS_BY_CATEGORY = Map.of(
            "OUTPUT", new BigDecimal("0.5"), "INVESTMENT", new BigDecimal("0.5"), "CONSUMPTION", new BigDecimal("0.5"),
            "INCOME", new BigDecimal("0.3"), "FISCAL", new BigDecimal("0.2"));

    public TargetsProperties {
        aboutTolerancePoints = aboutTolerancePoints == null ? new BigDecimal("0.5") : aboutTolerancePoints;
        aboutTolerancePercent = aboutTolerancePercent == null ? new BigDecimal("1") : aboutTolerancePercent;
        atRiskBandPoints = atRiskBandPoints == null ? new BigDecimal("1.0") : atRiskBandPoints;
        atRiskBandPercent = atRiskBandPercent == null ? new BigDecimal("5") : atRiskBandPercent;
        Map<String, BigDecimal> merged = new HashMap<>(DEFAULT_POINTS_BY_CATEGORY);
        if (aboutTolerancePointsByCategory != null) {
            merged.putAll(aboutTolerancePointsByCategory);
        }
        aboutTolerancePointsByCategory = Map.copyOf(merged);
    }

    public static TargetsProperties defaults() {
        return new TargetsProperties(null, null, null, null, null);
    }

    /** The "about" growth band of a kind of indicator, in points. */
    public BigDecimal aboutTolerancePoints(String category) {
        return aboutTolerancePointsByCategory.getOrDefault(category, aboutTolerancePoints);
    }
}
