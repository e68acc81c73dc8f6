package cn.gov.zhushan.plan.indicator.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.indicator.derived.DerivedFigures.Peer;
import cn.gov.zhushan.plan.indicator.derived.DerivedFigures.Standing;

/** Zhushan's figures are the 2024 report's; the peers' figures are made up for the test. */
class DerivedFiguresTest {

    private static Peer peer(String region, String value) {
        return new Peer(region, value == null ? null : new BigDecimal(value));
    }

    @Test
    void pm25RanksLowestFirst() {
        List<Standing> ranking = DerivedFigures.rank(List.of(peer("360202", "22.1"), peer("360203", "20.4"),
                peer("360222", "18.9"), peer("360281", "24.0")), true);
        assertThat(ranking).extracting(Standing::region).containsExactly("360222", "360203", "360202", "360281");
        Standing zhushan = ranking.get(1);
        assertThat(zhushan.rank()).isEqualTo(2);
        assertThat(zhushan.gapToLeader()).isEqualByComparingTo("1.5");
    }

    @Test
    void gdpGrowthRanksHighestFirstWithSharedRanksAndNoGapForTheLeader() {
        List<Standing> ranking = DerivedFigures.rank(List.of(peer("360202", "3.9"), peer("360203", "4.2"),
                peer("360222", "3.9"), peer("360281", null)), false);
        assertThat(ranking).extracting(Standing::rank).containsExactly(1, 2, 2);
        assertThat(ranking.get(0).region()).isEqualTo("360203");
        assertThat(ranking.get(0).gapToLeader()).isZero();
        assertThat(ranking.get(2).gapToLeader()).isEqualByComparingTo("0.3");
    }

    @Test
    void growthAndYearToDate() {
        assertThat(DerivedFigures.growthPercent(new BigDecimal("279.6"), new BigDecimal("268.3"), 1)).isEqualByComparingTo("4.2");
        assertThat(DerivedFigures.growthPercent(new BigDecimal("1"), BigDecimal.ZERO, 1)).isNull();
        assertThat(DerivedFigures.yearToDate(List.of(new BigDecimal("60.1"), new BigDecimal("70.2")), true))
                .isEqualByComparingTo("130.3");
        assertThat(DerivedFigures.yearToDate(List.of(new BigDecimal("22"), new BigDecimal("19")), false))
                .isEqualByComparingTo("20.5");
    }
}
