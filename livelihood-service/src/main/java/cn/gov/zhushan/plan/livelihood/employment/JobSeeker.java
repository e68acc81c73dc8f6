package cn.gov.zhushan.plan.livelihood.employment;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person of the registry looking for work. Only the person id is kept (unique: one seeker record per
 * person); the personal data stays sealed in the registry.
 */
@Document("job_seekers")
public record JobSeeker(@Id String id, String personId, List<String> skills, String desiredJob, String stationId,
                        Instant registeredAt, String registeredBy) {
}
