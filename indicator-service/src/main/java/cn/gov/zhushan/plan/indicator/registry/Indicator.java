package cn.gov.zhushan.plan.indicator.registry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An indicator of the plan (DHIS2's data element, SDMX's concept).
 *
 * @param unit           e.g. {@code 亿元}, {@code %}, {@code μg/m³}, {@code 元}, {@code count}
 * @param unitMultiplier power of ten of the unit relative to its base (亿元 = 8, 万元 = 4)
 * @param polarity       whether a higher value is better
 * @param reportedAs     {@code LEVEL}, {@code GROWTH} or {@code LEVEL_AND_GROWTH}
 */
@Document("indicators")
public record Indicator(@Id String code, String nameZh, String nameEn, String unit, int unitMultiplier, int decimals,
                        String periodicity, String polarity, String reportedAs, String department) {
}
