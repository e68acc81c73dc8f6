package cn.gov.zhushan.plan.project.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.gov.zhushan.plan.platform.events.EventTypes;
import cn.gov.zhushan.plan.platform.test.AsyncApiDocument;
import cn.gov.zhushan.plan.project.funding.FundingSecured;
import cn.gov.zhushan.plan.project.lifecycle.StageChanged;
import cn.gov.zhushan.plan.project.milestones.MilestoneOverdue;
import cn.gov.zhushan.plan.project.portfolio.ProjectLagging;
import cn.gov.zhushan.plan.project.progress.InvestmentReported;
import cn.gov.zhushan.plan.project.registry.ProjectRegistered;

/** The AsyncAPI document and the code agree: every event the service publishes is documented. */
class AsyncApiContractTest {

    @Test
    void everyPublishedEventTypeIsDocumentedOnTheProjectsTopic() {
        AsyncApiDocument document = AsyncApiDocument.load();
        assertThat(document.version()).startsWith("3.");
        assertThat(document.channelAddresses()).containsExactly("plan.projects.v1");
        assertThat(document.messageNames()).containsExactlyInAnyOrderElementsOf(Stream.of(
                ProjectRegistered.EVENT, StageChanged.EVENT, InvestmentReported.EVENT, FundingSecured.EVENT,
                MilestoneOverdue.EVENT, ProjectLagging.EVENT).map(e -> EventTypes.type("projects", e)).toList());
    }
}
