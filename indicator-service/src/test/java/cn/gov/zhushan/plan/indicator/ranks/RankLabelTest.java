package cn.gov.zhushan.plan.indicator.ranks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ranks as the 2024 report words them. */
class RankLabelTest {

    @Test
    void aPlaceInTheCity() {
        assertThat(RankLabel.parse("全市第一")).contains(new RankLabel(RankScope.CITY, 1, null));
        assertThat(RankLabel.parse("全市第二")).contains(new RankLabel(RankScope.CITY, 2, null));
        assertThat(RankLabel.parse("全省第12名")).contains(new RankLabel(RankScope.PROVINCE, 12, null));
        assertThat(RankLabel.parse("全市第十一")).contains(new RankLabel(RankScope.CITY, 11, null));
    }

    @Test
    void aTopNOrAmongTheLeadersOfTheProvince() {
        assertThat(RankLabel.parse("持续霸榜全省客流前三")).contains(new RankLabel(RankScope.PROVINCE, null, 3));
        assertThat(RankLabel.parse("全省前三")).contains(new RankLabel(RankScope.PROVINCE, null, 3));
        assertThat(RankLabel.parse("位居全省前列")).contains(new RankLabel(RankScope.PROVINCE, null, null));
        assertThat(RankLabel.parse("全市名列前茅")).contains(new RankLabel(RankScope.CITY, null, null));
    }

    @Test
    void wordsWithoutARankAreNotOne() {
        assertThat(RankLabel.parse("稳中有进")).isEmpty();
        assertThat(RankLabel.parse("第二")).isEmpty();
        assertThat(RankLabel.parse(null)).isEmpty();
        assertThat(RankLabel.number("二十")).isEqualTo(20);
        assertThat(RankLabel.number("二十三")).isEqualTo(23);
    }
}
