package cn.gov.zhushan.plan.livelihood.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.livelihood.demo.DemoDataset.DemoPerson;
import cn.gov.zhushan.plan.livelihood.enrollment.ProgramRules;
import cn.gov.zhushan.plan.livelihood.pii.ResidentId;
import cn.gov.zhushan.plan.livelihood.programs.BenefitRule;
import cn.gov.zhushan.plan.livelihood.programs.SubsidyProgram;

/** The generated 2024 data, paid for twelve months under the programs' own rules, reproduces the report's figures. */
class DemoDataGeneratorTest {

    private static SubsidyProgram program(String code, String rule, String amount) {
        return new SubsidyProgram(code, "", "", rule, new BigDecimal(amount), "MONTHLY", "", "", "ANY", null, null);
    }

    // the same amounts as seed/programs.json
    static final SubsidyProgram URBAN = program("DIBAO_URBAN", "STANDARD_MINUS_INCOME", "900.00");
    static final SubsidyProgram RURAL = program("DIBAO_RURAL", "STANDARD_MINUS_INCOME", "730.00");

    private final DemoDataset data = new DemoDataGenerator().generate();

    private static BigDecimal wan(BigDecimal yuan, int scale) {
        return yuan.movePointLeft(4).setScale(scale, RoundingMode.HALF_UP);
    }

    @Test
    void dibaoMatchesTheReport() {
        assertThat(data.households()).hasSize(6_634);
        assertThat(data.households().stream().mapToInt(h -> h.members().size()).sum()).isEqualTo(9_042);
        BigDecimal monthly = data.households().stream()
                .map(h -> BenefitRule.monthlyEntitlement("URBAN".equals(h.residence()) ? URBAN : RURAL, h.members().size(),
                        h.monthlyIncomePerCapita()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal year = monthly.multiply(BigDecimal.valueOf(12));
        assertThat(wan(year, 1)).isEqualByComparingTo("7165.9");
        assertThat(year).isEqualByComparingTo("71658996.00");
        assertThat(data.households()).allSatisfy(h -> assertThat(h.monthlyIncomePerCapita()).isNotNegative()
                .isLessThan("URBAN".equals(h.residence()) ? URBAN.monthlyAmount() : RURAL.monthlyAmount()));
    }

    @Test
    void extremePovertyAndDisabilityMatchTheReport() {
        List<DemoPerson> everyone = Stream.concat(data.households().stream().flatMap(h -> h.members().stream()),
                data.individuals().stream()).toList();
        long poverty = everyone.stream().filter(p -> p.programs().contains("EXTREME_POVERTY")).count();
        long living = everyone.stream().filter(p -> p.programs().contains("DISABILITY_LIVING")).count();
        long care = everyone.stream().filter(p -> p.programs().contains("DISABILITY_CARE")).count();
        assertThat(List.of(living, care)).containsExactly(1_894L, 1_994L);
        assertThat(poverty).isEqualTo(226);
        assertThat(wan(new BigDecimal("1592.55").multiply(BigDecimal.valueOf(12 * poverty)), 1)).isEqualByComparingTo("431.9");
        BigDecimal disability = new BigDecimal("90.00").multiply(BigDecimal.valueOf(12 * living))
                .add(new BigDecimal("100.00").multiply(BigDecimal.valueOf(12 * care)));
        assertThat(wan(disability, 2)).isEqualByComparingTo("443.83");
    }

    @Test
    void everyPersonHasAValidUniqueIdAndTheSeedMakesItRepeatable() {
        List<DemoPerson> everyone = Stream.concat(data.households().stream().flatMap(h -> h.members().stream()),
                data.individuals().stream()).toList();
        Set<String> ids = new HashSet<>();
        assertThat(everyone).allSatisfy(p -> {
            assertThat(ResidentId.isValid(p.idNumber())).isTrue();
            assertThat(ids.add(p.idNumber())).isTrue();
        });
        assertThat(new DemoDataGenerator().generate().households().get(42)).isEqualTo(data.households().get(42));
    }

    /** The demo data keeps the rules between programs, so it loads through the same checks as any enrollment. */
    @Test
    void everyDemoMembershipKeepsTheRulesBetweenPrograms() {
        int checked = 0;
        for (DemoDataset.DemoHousehold h : data.households()) {
            for (DemoPerson p : h.members()) {
                for (String code : p.programs()) {
                    assertThat(ProgramRules.check(code, new ProgramRules.Facts(true, false, p.disabilityGrade()))).as(code).isEmpty();
                    checked++;
                }
            }
            assertThat(ProgramRules.check(h.programCode(), new ProgramRules.Facts(true, false, null))).isEmpty();
        }
        for (DemoPerson p : data.individuals()) {
            for (String code : p.programs()) {
                assertThat(ProgramRules.check(code, new ProgramRules.Facts(false, false, p.disabilityGrade()))).as(code).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(1_894 * 2 + 100 + 226);
    }
}
