package cn.gov.zhushan.plan.project.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.project.demo.DemoPromotion2024;

class LeadStagesTest {

    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);

    @Test
    void aLeadGoesNegotiationApprovalSigningSettlingConstructionProductionInOrder() {
        Lead lead = Lead.open("L1", "公司", "工业", null);
        LeadStages.requireApprovable(lead);
        Lead approved = lead.approved(MAY, new BigDecimal("520000000"));
        assertThatThrownBy(() -> LeadStages.requireApprovable(approved)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> LeadStages.requireSignable(approved, MAY.minusDays(1)))
                .isInstanceOf(BusinessRuleException.class);
        LeadStages.requireSignable(approved, MAY.plusDays(10));
        Lead signed = approved.signed(MAY.plusDays(10), new BigDecimal("520000000"), null);
        assertThat(signed.approvedAmount()).isEqualByComparingTo("520000000");
        assertThatThrownBy(() -> LeadStages.requireAdvance(approved, LeadStatus.SETTLED, MAY.plusDays(20)))
                .isInstanceOf(ConflictException.class);
        LeadStages.requireAdvance(signed, LeadStatus.SETTLED, MAY.plusDays(20));
        Lead producing = signed.advanced(LeadStatus.IN_PRODUCTION, MAY.plusDays(90));
        assertThatThrownBy(() -> LeadStages.requireAdvance(producing, LeadStatus.CONSTRUCTION_STARTED, MAY.plusDays(100)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> LeadStages.requireAdvance(signed, LeadStatus.APPROVED, MAY.plusDays(100)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(producing.reachedOn()).containsKeys(LeadStatus.APPROVED, LeadStatus.SIGNED, LeadStatus.IN_PRODUCTION);
    }

    @Test
    void theDemoDataCountsAsTheReportDoes() {
        var leads = DemoPromotion2024.leads().stream().map(d -> {
            Lead lead = Lead.open(d.leadId(), d.lead().company(), d.lead().sector(), d.lead().intendedAmount());
            return d.approval() == null ? lead : lead.approved(d.approval().approvedOn(), d.approval().approvedAmount());
        }).toList();
        var trips = DemoPromotion2024.trips().stream().map(t -> new PromotionTrip(t.tripId(), t.trip().date(),
                t.trip().destination(), t.trip().leadIds())).toList();
        PromotionStatistics stats = PromotionStatistics.of(2024, trips, leads);
        assertThat(stats.trips()).isEqualTo(107);
        assertThat(stats.companiesMet()).isEqualTo(110);
        assertThat(stats.approvedOfOneYiOrMore()).isEqualTo(12);
        assertThat(stats.approvedOfOneYiOrMoreBySector()).containsEntry("工业", 4).containsEntry("商贸", 1);
        assertThat(stats.approvedOfFiveYiOrMoreBySector()).containsEntry("工业", 1).containsEntry("商贸", 1).hasSize(2);
        assertThat(stats.largestApprovedBySector().get("商贸")).isEqualByComparingTo("800000000");
        assertThat(PromotionStatistics.of(2023, trips, leads).trips()).isZero();
    }
}
