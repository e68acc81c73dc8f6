package cn.gov.zhushan.plan.tourism.footfall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.tourism.sites.Site;

class ReadingValidatorTest {

    private static final Instant NOW = Instant.parse("2024-10-01T02:00:00Z");
    private static final Site SITE = new Site("TAOYANGLI", "陶阳里", "Taoyangli", "HISTORIC_BLOCK", 30000, 0, 0,
            "08:30", "22:30", List.of(new Site.CountingSource("TAOYANGLI-GATE-1", "GATE_COUNTER", null)), null, null);
    private final ReadingValidator validator = new ReadingValidator(FootfallProperties.defaults(),
            code -> SITE.code().equals(code) ? Optional.of(SITE) : Optional.empty());

    @Test
    void aGoodReadingIsAccepted() {
        var outcome = validator.validate(reading("2024-10-01T09:59:00+08:00", 12L, 3L), NOW);
        assertThat(outcome).isInstanceOf(ReadingValidator.Valid.class);
        FootfallReading reading = ((ReadingValidator.Valid) outcome).reading();
        assertThat(reading.timestamp()).isEqualTo(Instant.parse("2024-10-01T01:59:00Z"));
        assertThat(reading.dedupeKey()).isEqualTo("TAOYANGLI|TAOYANGLI-GATE-1|" + reading.timestamp().toEpochMilli());
    }

    @Test
    void badReadingsAreRejectedWithAReason() {
        assertThat(reason(new ReadingInput("TAOYANGLI-GATE-1", "NOPE", "2024-10-01T10:00:00+08:00", 1L, 1L)))
                .isEqualTo("UNKNOWN_SITE");
        assertThat(reason(new ReadingInput("OTHER-GATE", "TAOYANGLI", "2024-10-01T10:00:00+08:00", 1L, 1L)))
                .isEqualTo("UNKNOWN_SOURCE");
        assertThat(reason(reading("2024-10-01T10:05:01+08:00", 1L, 1L))).isEqualTo("FUTURE_TIMESTAMP");
        assertThat(reason(reading("2024-10-01T10:05:00+08:00", 1L, 1L))).isNull();
        assertThat(reason(reading("2024-09-30T09:59:59+08:00", 1L, 1L))).isEqualTo("TOO_LATE");
        assertThat(reason(reading("2024-10-01 10:00", 1L, 1L))).isEqualTo("BAD_TIMESTAMP");
        assertThat(reason(reading("2024-10-01T10:00:00", 1L, 1L))).isEqualTo("BAD_TIMESTAMP");
        assertThat(reason(reading("2024-10-01T10:00:00+08:00", -1L, 1L))).isEqualTo("NEGATIVE_COUNT");
        assertThat(reason(reading("2024-10-01T10:00:00+08:00", 1L, 5001L))).isEqualTo("IMPLAUSIBLE_COUNT");
        assertThat(reason(reading("2024-10-01T10:00:00+08:00", null, 1L))).isEqualTo("MISSING_FIELD");
        assertThat(reason(null)).isEqualTo("MISSING_FIELD");
    }

    private String reason(ReadingInput input) {
        return validator.validate(input, NOW) instanceof ReadingValidator.Invalid invalid ? invalid.reason() : null;
    }

    private static ReadingInput reading(String timestamp, Long in, Long out) {
        return new ReadingInput("TAOYANGLI-GATE-1", "TAOYANGLI", timestamp, in, out);
    }
}
