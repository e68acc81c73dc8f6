package cn.gov.zhushan.plan.indicator.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FinalFiguresTest {

    static Observation.Figures figures(String value, String status, String reason) {
        return new Observation.Figures(new BigDecimal(value), null, false, status, "statistics-bureau", "x", Instant.EPOCH,
                null, reason);
    }

    static FieldProblem refusal(Observation.Figures current, Observation.Figures incoming, boolean mayFinalize) {
        return catchThrowableOfType(FieldProblem.class, () -> FinalFigures.check(current, incoming, mayFinalize));
    }

    @Test
    void anyWriterRecordsAndRevisesProvisionalFigures() {
        assertThatCode(() -> FinalFigures.check(null, figures("279.6", "PROVISIONAL", null), false)).doesNotThrowAnyException();
        assertThatCode(() -> FinalFigures.check(figures("279.6", "PROVISIONAL", null), figures("279.62", "PROVISIONAL", null), false))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyTheStatisticsBureauDeclaresAFigureFinal() {
        FieldProblem refused = refusal(figures("279.6", "PROVISIONAL", null), figures("279.6", "FINAL", null), false);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.field()).isEqualTo("status");
        assertThatCode(() -> FinalFigures.check(figures("279.6", "PROVISIONAL", null), figures("279.6", "FINAL", null), true))
                .doesNotThrowAnyException();
    }

    @Test
    void aFinalFigureIsLockedUnlessTheBureauRevisesItWithAReason() {
        Observation.Figures locked = figures("279.6", "FINAL", null);
        assertThat(refusal(locked, figures("280.1", "FINAL", null), false).getStatusCode().value()).isEqualTo(409);
        FieldProblem noReason = refusal(locked, figures("280.1", "FINAL", null), true);
        assertThat(noReason.getStatusCode().value()).isEqualTo(409);
        assertThat(noReason.field()).isEqualTo("revisionReason");
        assertThat(refusal(locked, figures("279.6", "PROVISIONAL", "census"), true).field()).isEqualTo("status");
        assertThatCode(() -> FinalFigures.check(locked, figures("280.1", "FINAL", "第五次全国经济普查修订"), true))
                .doesNotThrowAnyException();
    }
}
