package cn.gov.zhushan.plan.livelihood.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

class EmploymentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @Test
    void salaryRangeMustBeOrdered() {
        assertThatCode(() -> EmploymentRules.requireValidPosting(new BigDecimal("3000"), new BigDecimal("3000.00"),
                TODAY, TODAY, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EmploymentRules.requireValidPosting(new BigDecimal("5000"), new BigDecimal("4999.99"),
                TODAY, TODAY.plusDays(30), TODAY)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("minValue");
    }

    @Test
    void validThroughIsNotBeforeDatePostedAndNothingIsPostedInTheFuture() {
        BigDecimal min = new BigDecimal("2500");
        BigDecimal max = new BigDecimal("4000");
        assertThatThrownBy(() -> EmploymentRules.requireValidPosting(min, max, TODAY, TODAY.minusDays(1), TODAY))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("validThrough");
        assertThatThrownBy(() -> EmploymentRules.requireValidPosting(min, max, TODAY.plusDays(1), TODAY.plusDays(30), TODAY))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("future");
        assertThatCode(() -> EmploymentRules.requireValidPosting(min, max, TODAY.minusDays(10), TODAY.minusDays(1), TODAY))
                .doesNotThrowAnyException(); // an expired posting may still be recorded afterwards
    }

    @Test
    void aPostingTakesNoMorePlacementsThanPositions() {
        assertThatCode(() -> EmploymentRules.requireCapacity(0, 1)).doesNotThrowAnyException();
        assertThatCode(() -> EmploymentRules.requireCapacity(4, 5)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EmploymentRules.requireCapacity(5, 5)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> EmploymentRules.requireCapacity(6, 5)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> EmploymentRules.requireStartDate(TODAY.minusDays(1), TODAY)).isInstanceOf(BusinessRuleException.class);
        assertThatCode(() -> EmploymentRules.requireStartDate(TODAY, TODAY)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
            "APPLIED, APPROVED, true", "APPLIED, REJECTED, true", "APPROVED, DISBURSED, true", "APPROVED, REJECTED, true",
            "DISBURSED, REPAID, true", "DISBURSED, DEFAULTED, true",
            "APPLIED, DISBURSED, false", "APPLIED, REPAID, false", "APPROVED, APPLIED, false", "DISBURSED, APPROVED, false",
            "DISBURSED, REJECTED, false", "REPAID, DEFAULTED, false", "DEFAULTED, REPAID, false", "REJECTED, APPROVED, false",
            "APPLIED, APPLIED, false", "DISBURSED, DISBURSED, false"})
    void loansMoveForwardOnly(LoanStatus from, LoanStatus to, boolean allowed) {
        assertThat(EmploymentRules.loanTransitionAllowed(from, to)).isEqualTo(allowed);
        if (!allowed) {
            assertThatThrownBy(() -> EmploymentRules.requireLoanTransition(from, to, TODAY.minusDays(5), TODAY, TODAY))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void everyStatusIsCoveredAndTerminalStatusesStayTerminal() {
        for (LoanStatus from : LoanStatus.values()) {
            for (LoanStatus to : LoanStatus.values()) {
                EmploymentRules.loanTransitionAllowed(from, to); // no status is missing from the table
            }
        }
        for (LoanStatus terminal : new LoanStatus[] {LoanStatus.REPAID, LoanStatus.DEFAULTED, LoanStatus.REJECTED}) {
            for (LoanStatus to : LoanStatus.values()) {
                assertThat(EmploymentRules.loanTransitionAllowed(terminal, to)).isFalse();
            }
        }
    }

    @Test
    void aLoanChangeIsDatedNeitherInTheFutureNorBeforeThePreviousChange() {
        assertThatThrownBy(() -> EmploymentRules.requireLoanTransition(LoanStatus.APPROVED, LoanStatus.DISBURSED, TODAY.minusDays(3),
                TODAY.plusDays(1), TODAY)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> EmploymentRules.requireLoanTransition(LoanStatus.APPROVED, LoanStatus.DISBURSED, TODAY.minusDays(3),
                TODAY.minusDays(4), TODAY)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("previous");
        assertThatCode(() -> EmploymentRules.requireLoanTransition(LoanStatus.APPROVED, LoanStatus.DISBURSED, TODAY.minusDays(3),
                TODAY.minusDays(3), TODAY)).doesNotThrowAnyException();
    }
}
