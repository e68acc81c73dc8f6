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

    @Test
    void aMegabyteOfBadLinesIsReadOnlyToOneRowPastTheLimit() throws Exception {
        // the measured OOM: 1 MB of "x\n" became ~500k rows with an exception each before the limit was checked
        String body = "indicator,region,period,value\n" + "x\n".repeat((1_000_000 - 30) / 2);
        CountingReader in = new CountingReader(new java.io.StringReader(body));
        ImportRows.Read read = ImportRows.fromCsv(in, 5000);
        assertThat(read.tooMany()).isTrue();
        assertThat(read.rows()).hasSize(5000).allSatisfy(row -> assertThat(row.problem().field()).isEqualTo("row"));
        // 5,001 lines of two characters and the parser's read-ahead, not the megabyte
        assertThat(in.read).isLessThan(50_000);
        assertThat(body.length()).isGreaterThan(999_000);
    }

    @Test
    void withinTheLimitEveryRowIsReadAndABomIsSkipped() {
        ImportRows.Read read = ImportRows.fromCsv(new java.io.StringReader("\uFEFFindicator,region,period,value\nGDP,360203,2024,279.6\n"), 1);
        assertThat(read.tooMany()).isFalse();
        assertThat(read.rows()).hasSize(1);
        assertThat(read.rows().get(0).input().value()).isEqualByComparingTo("279.6");
    }

    private static final class CountingReader extends java.io.FilterReader {

        long read;

        CountingReader(java.io.Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
