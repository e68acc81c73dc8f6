package cn.gov.zhushan.plan.indicator.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.MediaType;

/** The report's formats: chosen by {@code ?format=}, else by the Accept header; HTML when anything goes. */
public enum ReportFormat {

    HTML("html", MediaType.parseMediaType("text/html;charset=UTF-8"), "html", HtmlRenderer::render),
    DOCX("docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "docx",
            DocxRenderer::render),
    MARKDOWN("md", MediaType.parseMediaType("text/markdown;charset=UTF-8"), "md", MarkdownRenderer::render);

    private final String parameter;
    private final MediaType mediaType;
    private final String extension;
    private final Function<ReportDocument, byte[]> renderer;

    ReportFormat(String parameter, MediaType mediaType, String extension, Function<ReportDocument, byte[]> renderer) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.extension = extension;
        this.renderer = renderer;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public byte[] render(ReportDocument document) {
        return renderer.apply(document);
    }

    public static Optional<ReportFormat> ofParameter(String value) {
        for (ReportFormat format : values()) {
            if (format.parameter.equalsIgnoreCase(value) || format.name().equalsIgnoreCase(value)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The first acceptable format in the client's order of preference; empty when none is acceptable. */
    public static Optional<ReportFormat> negotiate(List<MediaType> accepted) {
        if (accepted.isEmpty()) {
            return Optional.of(HTML);
        }
        List<MediaType> ordered = new java.util.ArrayList<>(accepted);
        // by quality, the client's order kept among equals (a stable sort)
        ordered.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType wanted : ordered) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            for (ReportFormat format : values()) {
                if (wanted.includes(format.mediaType)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
