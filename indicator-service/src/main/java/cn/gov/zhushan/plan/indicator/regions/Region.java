package cn.gov.zhushan.plan.indicator.regions;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An administrative region (DHIS2's organisation unit) by its division code. The city's districts, counties,
 * county-level city and development zones share the city as parent and form the peer group for rankings.
 *
 * @param level      {@code PROVINCE}, {@code CITY}, {@code DISTRICT}, {@code COUNTY}, {@code COUNTY_CITY} or
 *                   {@code ZONE} (a development zone, not an administrative division)
 * @param codeScheme {@code GB/T 2260} for official division codes; {@code LOCAL} for a stable code made up here
 *                   for a development zone, which has none (not a GB/T 2260 code, never to be sent as one)
 */
@Document("regions")
public record Region(@Id String code, String nameZh, String nameEn, String level, String parent, String codeScheme) {

    public boolean officialCode() {
        return !"LOCAL".equals(codeScheme);
    }
}
