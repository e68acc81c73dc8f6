package cn.gov.zhushan.plan.indicator.registry;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change of the indicator catalogue through the API, kept for good: who, when, the definition before (null when
 * created) and after. An indicator with a change is owned by its administrators from then on: the seed file no
 * longer overwrites it ({@link CatalogueRefresh}).
 */
@Document(CatalogueChange.COLLECTION)
public record CatalogueChange(@Id String id, @Indexed String code, String changedBy, Instant changedAt,
                              Indicator before, Indicator after) {

    public static final String COLLECTION = "catalogue_changes";
}
