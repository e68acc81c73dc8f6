package cn.gov.zhushan.plan.indicator.report;

import java.time.Instant;
import java.util.List;

/**
 * The report independent of its format: the renderers (HTML, DOCX, Markdown) only lay it out.
 *
 * @param sections the numbered parts (一, 二) and, last, the list of what was missing when there is any
 */
public record ReportDocument(int year, String title, String subtitle, List<Section> sections,
                             List<MissingFigure> missing, Instant generatedAt) {
}
