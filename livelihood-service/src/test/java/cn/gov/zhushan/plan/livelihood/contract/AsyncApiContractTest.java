package cn.gov.zhushan.plan.livelihood.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.livelihood.employment.EmploymentEvents;
import cn.gov.zhushan.plan.livelihood.payments.CycleDistributed;
import cn.gov.zhushan.plan.platform.test.AsyncApiDocument;

/** The AsyncAPI document and the code agree: every event the service publishes is documented on its one topic. */
class AsyncApiContractTest {

    @Test
    void everyPublishedEventIsDocumented() {
        AsyncApiDocument document = AsyncApiDocument.load();
        assertThat(document.version()).startsWith("3.");
        assertThat(document.channelAddresses()).containsExactly("plan.livelihood.v1");
        assertThat(document.messageNames()).containsExactlyInAnyOrder(CycleDistributed.DISTRIBUTED, CycleDistributed.RECONCILED,
                EmploymentEvents.JOB_POSTED, EmploymentEvents.PLACEMENT_RECORDED, EmploymentEvents.LOAN_GRANTED);
    }
}
