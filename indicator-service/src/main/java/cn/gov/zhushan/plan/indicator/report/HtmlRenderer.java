package cn.gov.zhushan.plan.indicator.report;

import java.nio.charset.StandardCharsets;

/** HTML for the screen and for A4 print: each figure links to its source record. */
public final class HtmlRenderer {

    private static final String STYLE = """
            @page { size: A4; margin: 25mm 22mm 25mm 22mm; }
            body { font-family: "FangSong", "STFangsong", "SimSun", "Songti SC", serif; font-size: 16pt; line-height: 1.8;
                   max-width: 166mm; margin: 2em auto; color: #000; }
            h1 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 22pt; text-align: center;
                 line-height: 1.4; margin: 0 0 .4em; }
            .subtitle { text-align: center; font-size: 11pt; color: #333; margin-bottom: 1.5em; }
            h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 16pt; margin: 1em 0 .3em; }
            h3 { font-family: "KaiTi", "STKaiti", serif; font-size: 16pt; margin: .8em 0 .2em; }
            p { text-indent: 2em; text-align: justify; margin: 0 0 .3em; }
            a.figure { color: inherit; text-decoration: none; border-bottom: 1px dotted #777; }
            .missing { color: #b00000; font-weight: bold; }
            section.missing-list p { text-indent: 0; font-size: 12pt; }
            @media print {
              body { margin: 0; max-width: none; }
              a.figure { border-bottom: none; }
              h2, h3 { page-break-after: avoid; break-after: avoid; }
              p { orphans: 2; widows: 2; }
            }
            """;

    private HtmlRenderer() {
    }

    public static byte[] render(ReportDocument document) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(document.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(document.title())).append("</h1>\n<p class=\"subtitle\">")
                .append(escape(document.subtitle())).append("</p>\n");
        for (Section section : document.sections()) {
            boolean missingList = ExecutionReportComposer.MISSING_LIST.equals(section.heading());
            html.append(missingList ? "<section class=\"missing-list\">\n" : "<section>\n");
            section(html, section, 2);
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder html, Section section, int level) {
        html.append("<h").append(level).append('>').append(escape(section.heading())).append("</h").append(level).append(">\n");
        for (Paragraph paragraph : section.paragraphs()) {
            html.append("<p>");
            for (Run run : paragraph.runs()) {
                if (run instanceof Run.Figure figure) {
                    String title = escape(SourceNotes.note(figure));
                    if (figure.missing()) {
                        html.append("<span class=\"missing\" title=\"").append(title).append("\">")
                                .append(escape(figure.text())).append("</span>");
                    } else {
                        html.append("<a class=\"figure\" href=\"").append(escape(figure.source().link())).append("\" title=\"")
                                .append(title).append("\">").append(escape(figure.text())).append("</a>");
                    }
                } else {
                    html.append(escape(run.text()));
                }
            }
            html.append("</p>\n");
        }
        for (Section sub : section.subsections()) {
            section(html, sub, level + 1);
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
