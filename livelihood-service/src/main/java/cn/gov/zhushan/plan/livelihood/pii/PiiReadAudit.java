package cn.gov.zhushan.plan.livelihood.pii;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One unmasked read of personal data, or one lookup by ID number: which department system (the client id),
 * on whose behalf (operator) and why (purpose), when, which record (none for a lookup that found nobody) and
 * which fields. Written before the data leaves the service, so a read that could not be audited does not happen.
 */
@Document("pii_read_audit")
public record PiiReadAudit(@Id String id, Instant at, String clientId, String operator, String purpose,
                           String recordType, String recordId, List<String> fields, String path) {
}
