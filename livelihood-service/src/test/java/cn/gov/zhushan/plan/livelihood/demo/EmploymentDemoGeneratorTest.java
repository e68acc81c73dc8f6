package cn.gov.zhushan.plan.livelihood.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.livelihood.demo.EmploymentDemoGenerator.DemoLoan;
import cn.gov.zhushan.plan.livelihood.demo.EmploymentDemoGenerator.DemoPosting;
import cn.gov.zhushan.plan.livelihood.employment.EmploymentRules;
import cn.gov.zhushan.plan.livelihood.pii.ResidentId;

class EmploymentDemoGeneratorTest {

    @Test
    void the2024DataMatchesTheReport() {
        var data = new EmploymentDemoGenerator().generate(EmploymentDemoGenerator.Targets.report2024());
        assertThat(data.stations()).hasSize(31);
        assertThat(data.postings().stream().mapToInt(DemoPosting::numberOfPositions).sum()).isEqualTo(5_722);
        BigDecimal loans = data.loans().stream().map(DemoLoan::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(loans).isEqualByComparingTo("108000000"); // 1.08亿元
        assertThat(data.loans()).allSatisfy(l -> {
            assertThat(l.amount()).isBetween(new BigDecimal("50000"), new BigDecimal("300000"));
            assertThat(l.grantedOn().getYear()).isEqualTo(2024);
            assertThat(l.appliedOn()).isBefore(l.approvedOn());
            assertThat(l.approvedOn()).isBefore(l.grantedOn());
            assertThat(ResidentId.isValid(l.applicant().idNumber())).isTrue();
        });
        assertThat(data.loans().stream().map(l -> l.applicant().idNumber()).distinct()).hasSize(data.loans().size());
        assertThat(data.postings()).allSatisfy(p -> {
            assertThat(p.datePosted().getYear()).isEqualTo(2024);
            assertThat(p.numberOfPositions()).isPositive();
            EmploymentRules.requireValidPosting(p.salaryMin(), p.salaryMax(), p.datePosted(), p.validThrough(), LocalDate.of(2024, 12, 31));
        });
        var stationIds = data.stations().stream().map(EmploymentDemoGenerator.DemoStation::id).toList();
        assertThat(data.postings()).allSatisfy(p -> assertThat(stationIds).contains(p.stationId()));
        assertThat(data.postings().stream().map(DemoPosting::id).distinct()).hasSize(data.postings().size());
    }

    @Test
    void sameSeedSameData() {
        var a = new EmploymentDemoGenerator().generate(EmploymentDemoGenerator.Targets.report2024());
        var b = new EmploymentDemoGenerator().generate(EmploymentDemoGenerator.Targets.report2024());
        assertThat(a).isEqualTo(b);
    }
}
