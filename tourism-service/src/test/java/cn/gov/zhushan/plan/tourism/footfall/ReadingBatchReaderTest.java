package cn.gov.zhushan.plan.tourism.footfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class ReadingBatchReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheReadingsAndIgnoresOtherProperties() {
        var readings = ReadingBatchReader.read(body("{\"meta\":{\"a\":[1,2]},\"readings\":[{\"source\":\"G\",\"site\":\"S\","
                + "\"timestamp\":\"2024-10-01T09:15:00+08:00\",\"in\":3,\"out\":1},{}]}"), JSON, 10);
        assertThat(readings).hasSize(2);
        assertThat(readings.get(0)).isEqualTo(new ReadingInput("G", "S", "2024-10-01T09:15:00+08:00", 3L, 1L));
        assertThat(readings.get(1)).isEqualTo(new ReadingInput(null, null, null, null, null));
    }

    @Test
    void stopsAtTheFirstReadingPastTheLimitAndReadsTheRestOfTheBody() {
        String json = "{\"readings\":[" + "{},".repeat(100_000) + "{}]}";
        ByteArrayInputStream in = (ByteArrayInputStream) body(json);
        assertThatThrownBy(() -> ReadingBatchReader.read(in, JSON, 10))
                .isInstanceOf(ReadingBatchReader.TooManyReadings.class).hasMessageContaining("at most 10 readings");
        assertThat(in.available()).isZero();
        assertThat(ReadingBatchReader.read(body("{\"readings\":[{},{}]}"), JSON, 2)).hasSize(2);
    }

    @Test
    void refusesWhatIsNotABatch() {
        for (String bad : new String[] {"[]", "{}", "{\"readings\":[]}", "{\"readings\":{}}", "{\"readings\":[null]}",
                "{\"readings\":[{}", "not json"}) {
            assertThatThrownBy(() -> ReadingBatchReader.read(body(bad), JSON, 10)).as(bad)
                    .isInstanceOf(ReadingBatchReader.NotABatch.class);
        }
        assertThatThrownBy(() -> ReadingBatchReader.read(body("{\"readings\":[{\"in\":\"many\"}]}"), JSON, 10))
                .isInstanceOf(DatabindException.class);
    }
}
