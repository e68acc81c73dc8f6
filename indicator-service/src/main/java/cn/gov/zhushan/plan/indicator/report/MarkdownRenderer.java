package cn.gov.zhushan.plan.indicator.report;

import java.nio.charset.StandardCharsets;

/** Markdown (GitHub flavour): headings, paragraphs, and a footnote per figure naming its source. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static byte[] render(ReportDocument document) {
        StringBuilder md = new StringBuilder(16_384);
        StringBuilder notes = new StringBuilder(8_192);
        int[] next = {1};
        md.append("# ").append(document.title()).append("\n\n_").append(escape(document.subtitle())).append("_\n\n");
        for (Section section : document.sections()) {
            section(md, notes, next, section, 2);
        }
        if (!notes.isEmpty()) {
            md.append("---\n\n").append(notes);
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder md, StringBuilder notes, int[] next, Section section, int level) {
        md.append("#".repeat(level)).append(' ').append(section.heading()).append("\n\n");
        for (Paragraph paragraph : section.paragraphs()) {
            for (Run run : paragraph.runs()) {
                if (run instanceof Run.Figure figure) {
                    int n = next[0]++;
                    md.append(figure.missing() ? "**" + figure.text() + "**" : escape(figure.text())).append("[^").append(n).append(']');
                    notes.append("[^").append(n).append("]: ").append(escape(SourceNotes.note(figure))).append('\n');
                } else {
                    md.append(escape(run.text()));
                }
            }
            md.append("\n\n");
        }
        for (Section sub : section.subsections()) {
            section(md, notes, next, sub, level + 1);
        }
    }

    /** Characters that would start emphasis or links inside a sentence. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]");
    }
}
