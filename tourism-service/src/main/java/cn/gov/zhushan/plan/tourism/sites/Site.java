package cn.gov.zhushan.plan.tourism.sites;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A visitor site.
 *
 * @param kind     {@code HISTORIC_BLOCK}, {@code MUSEUM}, {@code NIGHT_DISTRICT}, {@code MARKET} or {@code RESORT}
 * @param capacity the most people that may be present at once
 */
@Document("sites")
public record Site(@Id String code, String nameZh, String nameEn, String kind, int capacity, double latitude,
                   double longitude) {
}
