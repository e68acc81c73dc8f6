package cn.gov.zhushan.plan.indicator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FigureFormatTest {

    @Test
    void figuresAreWrittenAsTheSeedWritesThem() {
        assertThat(FigureFormat.number(new BigDecimal("279.60"), 2) + "亿元").isEqualTo("279.6亿元");
        assertThat(FigureFormat.growth(new BigDecimal("4.2"))).isEqualTo("增长4.2%");
        assertThat(FigureFormat.yi(new BigDecimal("23555000000"))).isEqualTo("235.55亿元");
        assertThat(FigureFormat.yi(new BigDecimal("268450000"))).isEqualTo("2.68亿元");
        assertThat(FigureFormat.percent(new BigDecimal("110.9"))).isEqualTo("110.9%");
        assertThat(FigureFormat.percent(new BigDecimal("100.0"))).isEqualTo("100%");
        assertThat(FigureFormat.wan(new BigDecimal("71659000.00"))).isEqualTo("7165.9万元");
        assertThat(FigureFormat.wan(new BigDecimal("45784900"))).isEqualTo("4578.49万元");
        assertThat(FigureFormat.money(new BigDecimal("100000000"))).isEqualTo("1亿元");
        assertThat(FigureFormat.money(new BigDecimal("60000000"))).isEqualTo("6000万元");
        assertThat(FigureFormat.yuan(new BigDecimal("66333.00"))).isEqualTo("66333元");
        assertThat(FigureFormat.wanPersonVisits(3_657_300)).isEqualTo("365.73万人次");
        assertThat(FigureFormat.count(6634, "户")).isEqualTo("6634户");
    }

    @Test
    void theOneRoundingIsHalfUpAtTheEnd() {
        // 1.085亿元 rounds up once; rounding 万元 first (10850.0) and then 亿元 would not change it, but 1.0849999 must stay 1.08
        assertThat(FigureFormat.yi(new BigDecimal("108500000"))).isEqualTo("1.09亿元");
        assertThat(FigureFormat.yi(new BigDecimal("108499999"))).isEqualTo("1.08亿元");
        assertThat(FigureFormat.wan(new BigDecimal("4438300.5"))).isEqualTo("443.83万元");
        assertThat(FigureFormat.growth(new BigDecimal("-23.2"))).isEqualTo("下降23.2%");
        assertThat(FigureFormat.number(new BigDecimal("-0.001"), 2)).isEqualTo("0");
        assertThat(FigureFormat.number(new BigDecimal("1E+3"), 2)).isEqualTo("1000");
    }
}
