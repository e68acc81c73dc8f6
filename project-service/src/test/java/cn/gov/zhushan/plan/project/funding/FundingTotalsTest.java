package cn.gov.zhushan.plan.project.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.project.demo.DemoFunding2024;

class FundingTotalsTest {

    private static List<FundingEntry> demo() {
        return DemoFunding2024.entries().stream().map(d -> d.request().toEntry(d.entryId())).toList();
    }

    @Test
    void theReports2024FundingComesTo2Point6845YiWithTheSharedGrantCountedOnce() {
        FundingTotals totals = FundingTotals.of(2024, demo());
        assertThat(totals.total()).isEqualByComparingTo("268450000");
        assertThat(totals.totalYi()).isEqualByComparingTo("2.6845");
        assertThat(totals.quotas()).isEqualByComparingTo("29000000");
        assertThat(totals.funds()).isEqualByComparingTo("239450000");
        assertThat(totals.securedBySource().get(FundingSource.CENTRAL_BUDGET_INVESTMENT)).isEqualByComparingTo("138550000");
        assertThat(totals.securedBySource().get(FundingSource.PROVINCIAL_SPECIAL_FUNDS)).isEqualByComparingTo("2000000");
        assertThat(totals.securedBySource().get(FundingSource.PROVINCIAL_BUDGET_INVESTMENT)).isEqualByComparingTo("2000000");
        assertThat(totals.securedBySource().get(FundingSource.HERITAGE_SPECIAL_TRANSFERS)).isEqualByComparingTo("36900000");
        assertThat(totals.sharedGrants()).isEqualTo(1);
        assertThat(FundingTotals.of(2023, demo()).total()).isZero();
    }

    @Test
    void disbursementsAreTransactionsOfTheirOwnCountedInTheYearTheyArePaid() {
        FundingEntry committed = new FundingEntry("F1", FundingSource.SPECIAL_TREASURY_BONDS, FundingStatus.COMMITTED,
                new BigDecimal("60000000"), LocalDate.of(2024, 11, 1), null);
        Disbursement first = new Disbursement("D1", new BigDecimal("20000000"), LocalDate.of(2024, 12, 1), null);
        Disbursement second = new Disbursement("D2", new BigDecimal("40000000"), LocalDate.of(2025, 2, 1), null);
        FundingRules.requireDisbursable(committed, first);
        FundingEntry paidOnce = committed.withDisbursement(first);
        FundingRules.requireDisbursable(paidOnce, second);
        FundingEntry paid = paidOnce.withDisbursement(second);
        assertThat(FundingTotals.of(2024, List.of(paid)).disbursed()).isEqualByComparingTo("20000000");
        assertThat(FundingTotals.of(2024, List.of(paid)).total()).isEqualByComparingTo("60000000");
        assertThat(FundingTotals.of(2025, List.of(paid)).disbursed()).isEqualByComparingTo("40000000");
        assertThat(FundingTotals.of(2025, List.of(paid)).total()).isZero(); // won in 2024, not again in 2025

        Disbursement tooMuch = new Disbursement("D3", new BigDecimal("0.01"), LocalDate.of(2025, 3, 1), null);
        assertThatThrownBy(() -> FundingRules.requireDisbursable(paid, tooMuch))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("more than");
        Disbursement early = new Disbursement("D4", BigDecimal.ONE, LocalDate.of(2024, 10, 1), null);
        assertThatThrownBy(() -> FundingRules.requireDisbursable(committed, early))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("before the commitment");
        FundingEntry indicative = new FundingEntry("F2", FundingSource.SPECIAL_TREASURY_BONDS, FundingStatus.INDICATIVE,
                BigDecimal.TEN, LocalDate.of(2024, 1, 1), null);
        assertThatThrownBy(() -> FundingRules.requireDisbursable(indicative, first))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("committed entry only");
        FundingEntry quota = new FundingEntry("Q", FundingSource.LOCAL_SPECIAL_PURPOSE_BONDS, FundingStatus.COMMITTED,
                new BigDecimal("29000000"), LocalDate.of(2024, 1, 1), null, null, FundingKind.QUOTA, null, null);
        assertThatThrownBy(() -> FundingRules.requireDisbursable(quota, first))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("quota");
        // the commitment cannot shrink below what was paid
        FundingEntry smaller = new FundingEntry("F1", FundingSource.SPECIAL_TREASURY_BONDS, FundingStatus.COMMITTED,
                new BigDecimal("10000000"), LocalDate.of(2024, 11, 1), null);
        assertThatThrownBy(() -> FundingRules.requireForward(paid, smaller)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void everyCopyOfASharedGrantMustDescribeTheSameGrant() {
        FundingEntry copy = DemoFunding2024.entries().stream().filter(d -> d.request().sharedGrantId() != null)
                .findFirst().orElseThrow().request().toEntry("X");
        FundingRules.requireSameGrant(List.of(copy), copy);
        FundingEntry other = new FundingEntry("X", copy.source(), copy.status(), new BigDecimal("666667"), copy.date(),
                null, null, copy.kind(), copy.sharedGrantId(), null);
        assertThatThrownBy(() -> FundingRules.requireSameGrant(List.of(copy), other)).isInstanceOf(ConflictException.class);
    }
}
