package cn.gov.zhushan.plan.platform.consumer;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The mark that an event was applied; its id is the CloudEvents id, so the unique _id index dedupes. */
@Document("processed_events")
public record ProcessedEvent(@Id String eventId, String type, String subject, Instant processedAt) {
}
