package cn.gov.zhushan.plan.indicator.regions;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An administrative region (DHIS2's organisation unit) by its statistical division code. The city's
 * districts and counties share the city as parent and form the peer group for rankings.
 *
 * @param level {@code CITY}, {@code DISTRICT} or {@code COUNTY}
 */
@Document("regions")
public record Region(@Id String code, String nameZh, String nameEn, String level, String parent) {
}
