package cn.gov.zhushan.plan.livelihood.pii;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entry for an unmasked read or a lookup, and counts it per client
 * ({@code livelihood.pii.reads{client,type}}, which the bulk-read alert watches).
 */
@Component
public class PiiAuditor {

    public static final String READS_METER = "livelihood.pii.reads";

    private final PiiReadAuditRepository audits;
    private final Clock clock;
    private final MeterRegistry meters;

    public PiiAuditor(PiiReadAuditRepository audits, Clock clock, MeterRegistry meters) {
        this.audits = audits;
        this.clock = clock;
        this.meters = meters;
    }

    /** Called before the data leaves the service: a read that could not be audited does not happen. */
    public void unmaskedRead(PersonalDataAccess access, String recordType, String recordId, List<String> fields) {
        audits.insert(new PiiReadAudit(UUID.randomUUID().toString(), Instant.now(clock), access.clientId(),
                access.operator(), access.purpose(), recordType, recordId, List.copyOf(fields), access.path()));
        Counter.builder(READS_METER).description("Unmasked reads and lookups of personal data")
                .tag("client", access.clientId()).tag("type", recordType).register(meters).increment();
    }
}
