package cn.gov.zhushan.plan.local.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PidFileTest {

    @Test
    void writesAndReadsEntries(@TempDir Path dir) {
        PidFile file = new PidFile(dir.resolve("data/zhushan.pid"));
        List<PidFile.Entry> entries = List.of(
                PidFile.Entry.of(PidFile.LAUNCHER, ProcessHandle.current()),
                new PidFile.Entry("kafka", 4242, 1700000000000L));

        file.write(entries);

        assertThat(file.read()).containsExactlyElementsOf(entries);
        file.delete();
        assertThat(file.read()).isEmpty();
    }

    @Test
    void aLiveEntryIsTheSameProcessOnly() {
        PidFile.Entry me = PidFile.Entry.of("me", ProcessHandle.current());
        PidFile.Entry recycled = new PidFile.Entry("me", me.pid(), me.startMillis() - 60_000);

        assertThat(me.live()).isPresent();
        assertThat(recycled.live()).as("same pid, other start time: not ours").isEmpty();
    }
}
