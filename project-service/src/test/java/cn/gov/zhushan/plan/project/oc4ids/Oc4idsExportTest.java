package cn.gov.zhushan.plan.project.oc4ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.project.funding.FundingEntry;
import cn.gov.zhushan.plan.project.funding.FundingSource;
import cn.gov.zhushan.plan.project.funding.FundingStatus;
import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectCategory;
import cn.gov.zhushan.plan.project.registry.ProjectDescription;

class Oc4idsExportTest {

    @Test
    void mapsStatusSectorBudgetLocationAndFunding() {
        Project project = new Project("ZS-2024-004", new ProjectDescription("珠山区排水防涝项目",
                ProjectCategory.URBAN_INFRASTRUCTURE, "珠山区城投", "珠山区", 29.29, 117.2, true,
                new BigDecimal("180000000"), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 12, 31)));
        project.planYear(2024, new BigDecimal("60000000"), "t", Instant.EPOCH);
        project.moveTo(ProjectStage.SIGNED, LocalDate.of(2024, 2, 1), "t", Instant.EPOCH, null);
        project.moveTo(ProjectStage.UNDER_CONSTRUCTION, LocalDate.of(2024, 3, 1), "t", Instant.EPOCH, null);
        project.putFunding(new FundingEntry("STB-1", FundingSource.SPECIAL_TREASURY_BONDS, FundingStatus.COMMITTED,
                new BigDecimal("60000000"), LocalDate.of(2024, 5, 10), null));

        Oc4idsProject oc4ids = Oc4idsExport.of(project);
        assertThat(oc4ids.id()).isEqualTo("oc4ids-zhushan-ZS-2024-004");
        assertThat(oc4ids.status()).isEqualTo("implementation");
        assertThat(oc4ids.sector()).containsExactly("waterAndWaste");
        assertThat(oc4ids.budget().amount().amount()).isEqualByComparingTo("180000000");
        assertThat(oc4ids.budget().amount().currency()).isEqualTo("CNY");
        assertThat(oc4ids.budget().budgetBreakdown()).singleElement()
                .satisfies(b -> assertThat(b.period().startDate()).isEqualTo("2024-01-01"));
        assertThat(oc4ids.locations().get(0).geometry().coordinates()).containsExactly(117.2, 29.29);
        assertThat(oc4ids.transactions()).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo("SPECIAL_TREASURY_BONDS");
            assertThat(t.status()).isEqualTo("committed");
        });
        assertThat(oc4ids.completion()).isNull();
    }
}
