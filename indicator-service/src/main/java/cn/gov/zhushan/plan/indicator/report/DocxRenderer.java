package cn.gov.zhushan.plan.indicator.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Word (DOCX, Apache POI) on A4: each figure has a footnote naming its source record and as-of time. */
public final class DocxRenderer {

    private static final String BODY_FONT = "仿宋";
    private static final String HEADING_FONT = "黑体";
    /** A4 in twentieths of a point, margins 25 mm / 22 mm. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;

    private DocxRenderer() {
    }

    public static byte[] render(ReportDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(docx);
            XWPFParagraph title = docx.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            styled(title.createRun(), HEADING_FONT, 22, true).setText(document.title());
            XWPFParagraph subtitle = docx.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            styled(subtitle.createRun(), BODY_FONT, 10, false).setText(document.subtitle());
            for (Section section : document.sections()) {
                section(docx, section, 1);
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(XWPFDocument docx, Section section, int level) {
        XWPFParagraph heading = docx.createParagraph();
        heading.setSpacingBefore(level == 1 ? 240 : 120);
        styled(heading.createRun(), level == 1 ? HEADING_FONT : "楷体", 16, level == 1).setText(section.heading());
        for (Paragraph paragraph : section.paragraphs()) {
            XWPFParagraph p = docx.createParagraph();
            p.setFirstLineIndent(640); // two characters of 16 pt
            p.setAlignment(ParagraphAlignment.BOTH);
            for (Run run : paragraph.runs()) {
                XWPFRun r = styled(p.createRun(), BODY_FONT, 16, false);
                r.setText(run.text());
                if (run instanceof Run.Figure figure) {
                    if (figure.missing()) {
                        r.setBold(true);
                        r.setColor("B00000");
                    }
                    XWPFFootnote note = docx.createFootnote();
                    XWPFParagraph noteText = note.createParagraph();
                    superscript(noteText); // the note's own number (the document has no footnote styles to say so)
                    styled(noteText.createRun(), BODY_FONT, 9, false).setText(" " + SourceNotes.note(figure));
                    p.addFootnoteReference(note);
                    superscript(p);
                }
            }
        }
        for (Section sub : section.subsections()) {
            section(docx, sub, level + 1);
        }
    }

    /** Raises the paragraph's last run (a footnote mark). */
    private static void superscript(XWPFParagraph paragraph) {
        if (!paragraph.getRuns().isEmpty()) {
            paragraph.getRuns().get(paragraph.getRuns().size() - 1).setVerticalAlignment("superscript");
        }
    }

    private static XWPFRun styled(XWPFRun run, String font, int points, boolean bold) {
        run.setFontFamily(font);
        run.setFontSize(points);
        run.setBold(bold);
        return run;
    }

    private static void a4(XWPFDocument docx) {
        CTSectPr sectPr = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1417));
        margins.setBottom(BigInteger.valueOf(1417));
        margins.setLeft(BigInteger.valueOf(1247));
        margins.setRight(BigInteger.valueOf(1247));
    }
}
