package cn.gov.zhushan.plan.local.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RssTest {

    @Test
    void readsVmRssInKilobytes() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmRSS:\t  412345 kB\nRssAnon:\t  400000 kB\n";

        assertThat(Rss.parseKb(status)).hasValue(412345);
    }

    @Test
    void kernelThreadsHaveNoRss() {
        assertThat(Rss.parseKb("Name:\tkthreadd\nState:\tS (sleeping)\n")).isEmpty();
    }

    @Test
    void aGoneProcessCountsZero() {
        assertThat(Rss.kb(Long.MAX_VALUE)).isZero();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theTotalCountsThisJvm() {
        long once = Rss.kb(ProcessHandle.current().pid());
        // The same process twice is counted once (RSS moves a little between reads, hence the range).
        assertThat(Rss.totalKb(List.of(ProcessHandle.current(), ProcessHandle.current())))
                .isPositive()
                .isLessThan(once * 3 / 2);
    }

    @Test
    void formatsMegabytes() {
        assertThat(Rss.mb(3 * 1024 + 1000)).isEqualTo("3 MB");
    }
}
