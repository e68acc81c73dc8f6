package cn.gov.zhushan.plan.indicator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ReportFormatTest {

    private static ReportFormat negotiate(String accept) {
        return ReportFormat.negotiate(MediaType.parseMediaTypes(accept)).orElse(null);
    }

    @Test
    void theAcceptHeaderChoosesTheFormatInTheClientsOrderOfPreference() {
        assertThat(ReportFormat.negotiate(List.of())).contains(ReportFormat.HTML);
        assertThat(negotiate("*/*")).isEqualTo(ReportFormat.HTML);
        assertThat(negotiate("text/markdown")).isEqualTo(ReportFormat.MARKDOWN);
        assertThat(negotiate("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isEqualTo(ReportFormat.DOCX);
        assertThat(negotiate("text/html;q=0.5, text/markdown")).isEqualTo(ReportFormat.MARKDOWN);
        assertThat(negotiate("text/*")).isEqualTo(ReportFormat.HTML);
        assertThat(negotiate("text/html;q=0, text/markdown;q=0.1")).isEqualTo(ReportFormat.MARKDOWN);
        assertThat(negotiate("application/json")).isNull();
    }

    @Test
    void theFormatParameterNamesAFormat() {
        assertThat(ReportFormat.ofParameter("md")).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.ofParameter("markdown")).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.ofParameter("DOCX")).contains(ReportFormat.DOCX);
        assertThat(ReportFormat.ofParameter("pdf")).isEmpty();
    }
}
