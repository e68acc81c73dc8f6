package cn.gov.zhushan.plan.livelihood.pii;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Writes the audit entry for an unmasked read. */
@Component
public class PiiAuditor {

    private final PiiReadAuditRepository audits;
    private final Clock clock;

    public PiiAuditor(PiiReadAuditRepository audits, Clock clock) {
        this.audits = audits;
        this.clock = clock;
    }

    public void unmaskedRead(String clientId, String recordType, String recordId, List<String> fields, String path) {
        audits.insert(new PiiReadAudit(UUID.randomUUID().toString(), Instant.now(clock), clientId, recordType, recordId,
                List.copyOf(fields), path));
    }
}
