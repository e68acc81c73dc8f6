package cn.gov.zhushan.plan.indicator.observations;

import org.springframework.http.HttpStatus;

/**
 * PROVISIONAL → FINAL, as Chinese statistics publish: a figure is provisional (初步核算) until the statistics bureau
 * declares it final (最终核实); a final figure is locked. Only the bureau's clients may finalize, and only they may
 * revise a final figure, with the reason (an official revision, e.g. after an economic census), which stays in
 * the revision trail. A final figure never goes back to provisional.
 */
public final class FinalFigures {

    private FinalFigures() {
    }

    /**
     * @param current     the figures in force, null for a new observation
     * @param incoming    the figures to record (different from {@code current})
     * @param mayFinalize whether the caller is one of the statistics bureau's clients
     */
    public static void check(Observation.Figures current, Observation.Figures incoming, boolean mayFinalize) {
        boolean revisingFinal = current != null && current.isFinal();
        if (revisingFinal && !incoming.isFinal()) {
            throw new FieldProblem(HttpStatus.CONFLICT, "status", "a FINAL figure does not go back to PROVISIONAL");
        }
        if ((incoming.isFinal() || revisingFinal) && !mayFinalize) {
            throw new FieldProblem(revisingFinal ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN, "status", revisingFinal
                    ? "the figure is FINAL and locked; only the statistics bureau revises it"
                    : "only the statistics bureau declares a figure FINAL");
        }
        if (revisingFinal && (incoming.revisionReason() == null || incoming.revisionReason().isBlank())) {
            throw new FieldProblem(HttpStatus.CONFLICT, "revisionReason",
                    "the figure is FINAL and locked; an official revision states its reason");
        }
    }
}
