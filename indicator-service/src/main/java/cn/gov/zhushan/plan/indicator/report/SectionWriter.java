package cn.gov.zhushan.plan.indicator.report;

import java.util.ArrayList;
import java.util.List;

/** Writes one section's paragraphs run by run; a missing figure becomes 数据暂缺 and is noted for the list at the end. */
final class SectionWriter {

    static final String MISSING = "数据暂缺";

    private final String heading;
    private final List<MissingFigure> missing;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private List<Run> runs = new ArrayList<>();

    SectionWriter(String heading, List<MissingFigure> missing) {
        this.heading = heading;
        this.missing = missing;
    }

    SectionWriter text(String text) {
        runs.add(new Run.Text(text));
        return this;
    }

    SectionWriter figure(FigureValue figure) {
        if (figure.isMissing()) {
            runs.add(new Run.Figure(MISSING, figure.source(), true));
            missing.add(new MissingFigure(heading, figure.label(), figure.source(), figure.missingReason()));
        } else {
            runs.add(new Run.Figure(figure.formatted(), figure.source(), false));
        }
        return this;
    }

    SectionWriter endParagraph() {
        if (!runs.isEmpty()) {
            paragraphs.add(new Paragraph(List.copyOf(runs)));
            runs = new ArrayList<>();
        }
        return this;
    }

    Section section() {
        endParagraph();
        return new Section(heading, List.copyOf(paragraphs), List.of());
    }
}
