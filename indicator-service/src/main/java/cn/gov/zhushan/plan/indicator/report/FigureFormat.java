package cn.gov.zhushan.plan.indicator.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures as the report writes them: the exact value is rounded once, here, half up, to the seed's decimals, and
 * written without trailing zeros (279.60 → 279.6亿元, 100.0 → 100%, 1.00亿元 → 1亿元).
 */
public final class FigureFormat {

    /** 亿元 and 万元 figures and percentages carry at most two decimals in the report. */
    public static final int MAX_DECIMALS = 2;

    private FigureFormat() {
    }

    /** A number in its own unit with at most {@code decimals} decimals. */
    public static String number(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.signum() == 0 ? BigDecimal.ZERO : rounded).toPlainString();
    }

    /** Yuan as 亿元: 235.55亿元. */
    public static String yi(BigDecimal yuan) {
        return number(yuan.movePointLeft(8), MAX_DECIMALS) + "亿元";
    }

    /** Yuan as 万元: 7165.9万元. */
    public static String wan(BigDecimal yuan) {
        return number(yuan.movePointLeft(4), MAX_DECIMALS) + "万元";
    }

    /** Yuan as the report writes grants: 亿元 from 1亿元 on, else 万元 (1亿元, 6000万元). */
    public static String money(BigDecimal yuan) {
        return yuan.abs().compareTo(new BigDecimal("100000000")) >= 0 ? yi(yuan) : wan(yuan);
    }

    /** Whole yuan: 66333元. */
    public static String yuan(BigDecimal yuan) {
        return number(yuan, MAX_DECIMALS) + "元";
    }

    /** A percentage: 110.9%. */
    public static String percent(BigDecimal percent) {
        return number(percent, MAX_DECIMALS) + "%";
    }

    /** A growth with its direction: 增长4.2%, 下降23.2%. */
    public static String growth(BigDecimal percent) {
        return (percent.signum() < 0 ? "下降" : "增长") + percent(percent.abs());
    }

    /** A count with its measure word: 41个, 6634户, 9042人. */
    public static String count(long count, String measureWord) {
        return count + measureWord;
    }

    /** Person-visits in 万人次: 3657300 → 365.73万人次. */
    public static String wanPersonVisits(long visits) {
        return number(BigDecimal.valueOf(visits).movePointLeft(4), MAX_DECIMALS) + "万人次";
    }
}
