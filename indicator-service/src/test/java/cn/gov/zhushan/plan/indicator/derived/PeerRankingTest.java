package cn.gov.zhushan.plan.indicator.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Jingdezhen's seven peers; Zhushan's figures are the 2024 report's, the others made up for the test. */
class PeerRankingTest {

    private static Map<String, BigDecimal> peers(String... codeAndValue) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            map.put(codeAndValue[i], codeAndValue[i + 1] == null ? null : new BigDecimal(codeAndValue[i + 1]));
        }
        return map;
    }

    @Test
    void withOnlyZhushanReportingThereIsNoRankNotAFirstPlace() {
        // the measured bug: industrial value added 2024 came out "1 of 1" where the report says 全市第二
        PeerRanking ranking = PeerRanking.of(peers("360202", null, "360203", "6.7", "360222", null, "360281", null,
                "360291", null, "360292", null, "360293", null), false, true);
        assertThat(ranking.standingOf("360203")).isNull();
        assertThat(ranking.ranking()).isEmpty();
        assertThat(ranking.peers()).isEqualTo(7);
        assertThat(ranking.reported()).isEqualTo(1);
        assertThat(ranking.missing()).containsExactly("360202", "360222", "360281", "360291", "360292", "360293");
        assertThat(ranking.note()).startsWith("1 of 7 peers reported");
    }

    @Test
    void whenEveryPeerReportedTheRankIsComputed() {
        PeerRanking ranking = PeerRanking.of(peers("360202", "7.1", "360203", "6.7", "360222", "5.9", "360281", "6.2",
                "360291", "5.0", "360292", "4.8", "360293", "6.0"), false, true);
        assertThat(ranking.standingOf("360203").rank()).isEqualTo(2);
        assertThat(ranking.standingOf("360203").gapToLeader()).isEqualByComparingTo("0.4");
        assertThat(ranking.note()).isNull();
        assertThat(ranking.missing()).isEmpty();
    }

    @Test
    void anIndicatorWithoutABetterDirectionIsNeverRanked() {
        PeerRanking ranking = PeerRanking.of(peers("360202", "19.0", "360203", "21.09"), false, false);
        assertThat(ranking.standingOf("360203")).isNull();
        assertThat(ranking.reported()).isEqualTo(2);
        assertThat(ranking.note()).contains("neither");
    }
}
