package cn.gov.zhushan.plan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.indicator.observations.FieldProblem;

class ImportRowsTest {

    @Test
    void quotedCellsMayHoldCommasAndQuotes() {
        List<ImportRows.Row> rows = ImportRows.fromCsv(
                "indicator,region,period,value,growthPercent,sourceDepartment,status\n"
                + "GDP,360203,2024,279.6,4.2,\"统计局, 综合科\",FINAL\n"
                + "RETAIL_SALES,360203,2024,232.6,,\"the \"\"bureau\"\"\",PROVISIONAL\n");
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.problem()).isNull());
        assertThat(rows.get(0).input().sourceDepartment()).isEqualTo("统计局, 综合科");
        assertThat(rows.get(0).input().value()).isEqualByComparingTo("279.6");
        assertThat(rows.get(1).input().sourceDepartment()).isEqualTo("the \"bureau\"");
        assertThat(rows.get(1).input().growthPercent()).isNull();
    }

    @Test
    void aShortRowIsRejectedByNumberAndTheOthersStillRead() {
        List<ImportRows.Row> rows = ImportRows.fromCsv("""
                indicator,region,period,value
                GDP,360203,2024
                GDP,360202,2024,200
                """);
        assertThat(rows.get(0).problem()).isNotNull();
        assertThat(rows.get(0).number()).isEqualTo(1);
        assertThat(rows.get(1).problem()).isNull();
    }

    @Test
    void unbalancedQuotesOrAMissingColumnAreRefusedAsAWhole() {
        assertThatThrownBy(() -> ImportRows.fromCsv("indicator,region,period\n\"GDP,360203,2024\n"))
                .isInstanceOf(FieldProblem.class);
        assertThatThrownBy(() -> ImportRows.fromCsv("indicator,period\nGDP,2024\n")).isInstanceOf(FieldProblem.class);
    }
}
