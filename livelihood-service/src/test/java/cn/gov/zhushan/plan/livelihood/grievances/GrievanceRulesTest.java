package cn.gov.zhushan.plan.livelihood.grievances;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.livelihood.grievances.Grievance.Status;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

class GrievanceRulesTest {

    @Test
    void openThenInReviewThenResolvedOrRejectedWithAResolution() {
        assertThatCode(() -> GrievanceRules.requireTransition(Status.OPEN, Status.IN_REVIEW, null)).doesNotThrowAnyException();
        assertThatCode(() -> GrievanceRules.requireTransition(Status.IN_REVIEW, Status.RESOLVED, "补发")).doesNotThrowAnyException();
        assertThatCode(() -> GrievanceRules.requireTransition(Status.IN_REVIEW, Status.REJECTED, "不符合")).doesNotThrowAnyException();
    }

    @Test
    void noSkippingNoGoingBackAndResolutionsOnlyWhenClosing() {
        assertThatThrownBy(() -> GrievanceRules.requireTransition(Status.OPEN, Status.RESOLVED, "x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> GrievanceRules.requireTransition(Status.IN_REVIEW, Status.OPEN, null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> GrievanceRules.requireTransition(Status.RESOLVED, Status.REJECTED, "x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> GrievanceRules.requireTransition(Status.IN_REVIEW, Status.RESOLVED, " ")).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> GrievanceRules.requireTransition(Status.OPEN, Status.IN_REVIEW, "x")).isInstanceOf(BusinessRuleException.class);
    }
}
