package cn.gov.zhushan.plan.livelihood.rosters;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A family-based program's recipients for a year, aggregated by reward standard and months paid rather than one
 * document per family ({@code id = PROGRAM-yyyy}). The district's one-child roster has ~37,000 urban families;
 * they are counted here, not registered as persons (no personal data is held for them).
 *
 * @param source where the roster comes from (e.g. {@code demo-data}: the synthetic 2024 roster)
 */
@Document("family_rosters")
public record FamilyRoster(@Id String id, String programCode, int year, List<RosterTier> tiers, String source,
                           Instant recordedAt) {

    public static String idOf(String programCode, int year) {
        return programCode + "-" + year;
    }
}
