package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.zhushan.plan.project.funding.FundingEntry;
import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;
import cn.gov.zhushan.plan.project.lifecycle.StageChange;
import cn.gov.zhushan.plan.project.milestones.Milestone;
import cn.gov.zhushan.plan.project.progress.MonthlyProgress;

/** A project as the API shows it. Amounts in yuan. */
public record ProjectView(String code, ProjectDescription description, ProjectStage stage,
                          LocalDate constructionStartedOn, List<StageChange> stageHistory,
                          Map<String, BigDecimal> annualPlans, List<AnnualPlanRevision> planRevisions,
                          List<MonthlyProgress> progress, BigDecimal cumulativeInvestment,
                          List<FundingEntry> funding, List<Milestone> milestones, String currency) {

    public static ProjectView of(Project p) {
        return new ProjectView(p.code(), p.description(), p.stage(), p.constructionStartedOn(), p.stageHistory(),
                p.annualPlans(), p.planRevisions(), p.progress(), p.cumulativeInvestment(), p.funding(),
                p.milestones(), "CNY");
    }
}
