package cn.gov.zhushan.plan.livelihood.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import cn.gov.zhushan.plan.livelihood.summary.ProgramYear.Counts;

/**
 * The livelihood paragraph of the annual report as lines over programs: 城乡低保 (urban and rural dibao together),
 * 特困供养, 残疾人两项补贴, 独生子女家庭奖励. Plain so a unit test can run it.
 */
public final class ReportLines {

    /**
     * @param exclusive whether a beneficiary is in at most one of the programs (dibao: urban or rural), so counts add
     *                  up; the two disability subsidies are not (many persons get both), so that line has amounts only
     */
    public record Definition(String key, String nameZh, List<String> programCodes, boolean exclusive) {
    }

    /** One line; counts are null where they would double count. Amounts in yuan and 万元 (2 decimals). */
    public record Line(String key, String nameZh, List<String> programCodes, Counts yearEnd, Counts paidAtLeastOnce,
                       BigDecimal amountYuan, BigDecimal amountWanYuan, List<ProgramYear> programs) {
    }

    public static final List<Definition> REPORT = List.of(
            new Definition("dibao", "城乡低保", List.of("DIBAO_URBAN", "DIBAO_RURAL"), true),
            new Definition("extremePoverty", "特困人员救助供养", List.of("EXTREME_POVERTY"), true),
            new Definition("disability", "残疾人两项补贴", List.of("DISABILITY_LIVING", "DISABILITY_CARE"), false),
            new Definition("oneChildRewards", "独生子女家庭奖励", List.of("ONE_CHILD_REWARD"), true));

    private ReportLines() {
    }

    public static List<Line> lines(Map<String, ProgramYear> byProgram) {
        return REPORT.stream().map(d -> line(d, byProgram)).toList();
    }

    static Line line(Definition definition, Map<String, ProgramYear> byProgram) {
        List<ProgramYear> programs = definition.programCodes().stream().filter(byProgram::containsKey).map(byProgram::get).toList();
        BigDecimal amount = programs.stream().map(ProgramYear::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        Counts yearEnd = null;
        Counts once = null;
        if (definition.exclusive()) {
            yearEnd = programs.stream().map(ProgramYear::yearEnd).reduce(Counts.ZERO, Counts::plus);
            once = programs.stream().map(ProgramYear::paidAtLeastOnce).reduce(Counts.ZERO, Counts::plus);
        }
        return new Line(definition.key(), definition.nameZh(), definition.programCodes(), yearEnd, once, amount,
                wan(amount), programs);
    }

    public static BigDecimal wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }
}
