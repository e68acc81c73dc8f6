package cn.gov.zhushan.plan.local;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogsTest {

    @Test
    void showsTheFailureHeadlineAndItsCausesNotTheWholeStackTrace() {
        List<String> log = new ArrayList<>(List.of("starting", "ERROR SpringApplication -- Application run failed",
                "while parsing a block mapping"));
        IntStream.range(0, 40).forEach(i -> log.add("\tat frame" + i));
        log.add("Caused by: java.net.BindException: Address already in use");
        log.add("\tat more");

        String excerpt = Logs.excerpt(log);

        assertThat(excerpt).startsWith("ERROR SpringApplication -- Application run failed")
                .contains("while parsing a block mapping", "Caused by: java.net.BindException")
                .doesNotContain("frame30", "starting");
    }

    @Test
    void withoutAFailureHeadlineShowsTheEnd() {
        List<String> log = IntStream.range(0, 100).mapToObj(i -> "line" + i).toList();

        assertThat(Logs.excerpt(log)).startsWith("line75").endsWith("line99");
    }
}
