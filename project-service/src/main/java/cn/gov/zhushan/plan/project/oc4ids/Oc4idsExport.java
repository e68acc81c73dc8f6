package cn.gov.zhushan.plan.project.oc4ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;
import cn.gov.zhushan.plan.project.lifecycle.StageChange;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.Budget;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.BudgetBreakdown;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.Completion;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.Geometry;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.Location;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.Milestone;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.Party;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.Period;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.Transaction;
import cn.gov.zhushan.plan.project.oc4ids.Oc4idsProject.Value;
import cn.gov.zhushan.plan.project.registry.Project;
import cn.gov.zhushan.plan.project.registry.ProjectCategory;

/**
 * Maps a project to OC4IDS: the projectStatus and projectSector codelists (urban infrastructure here is
 * mostly drainage and flood control, hence waterAndWaste), budget per year, funding entries as transactions.
 */
public final class Oc4idsExport {

    static final String PREFIX = "oc4ids-zhushan-";

    private static final Map<ProjectStage, String> STATUS = Map.of(
            ProjectStage.NEGOTIATION, "identification",
            ProjectStage.SIGNED, "preparation",
            ProjectStage.UNDER_CONSTRUCTION, "implementation",
            ProjectStage.SUSPENDED, "implementation",
            ProjectStage.COMPLETED, "completion",
            ProjectStage.IN_OPERATION, "completion",
            ProjectStage.CANCELLED, "cancelled");

    private static final Map<ProjectCategory, String> SECTOR = Map.of(
            ProjectCategory.INDUSTRY, "economy",
            ProjectCategory.SERVICES_AND_COMMERCE, "economy",
            ProjectCategory.CULTURE_AND_HERITAGE, "cultureSportsAndRecreation",
            ProjectCategory.URBAN_INFRASTRUCTURE, "waterAndWaste",
            ProjectCategory.LIVELIHOOD, "socialHousing",
            ProjectCategory.ECOLOGY, "naturalResources",
            ProjectCategory.URBAN_RENEWAL, "socialHousing");

    private Oc4idsExport() {
    }

    public static Oc4idsProject of(Project project) {
        var description = project.description();
        List<BudgetBreakdown> years = new ArrayList<>();
        project.annualPlans().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(plan -> years.add(
                new BudgetBreakdown(plan.getKey(), "Annual planned investment " + plan.getKey(), yuan(plan.getValue()),
                        new Period(plan.getKey() + "-01-01", plan.getKey() + "-12-31"), "owner")));
        List<Location> locations = description.latitude() == null || description.longitude() == null
                ? (description.address() == null ? List.of() : List.of(new Location(description.address(), null)))
                : List.of(new Location(description.address(),
                        new Geometry("Point", List.of(description.longitude(), description.latitude()))));
        List<Milestone> milestones = project.milestones().stream().map(m -> new Milestone(m.milestoneId(), m.name(),
                "delivery", m.dueOn().toString(), m.metOn() == null ? null : m.metOn().toString(),
                m.metOn() == null ? "scheduled" : "met")).toList();
        List<Transaction> transactions = project.funding().stream().map(f -> new Transaction(f.entryId(),
                f.source().name(), f.date().toString(), yuan(f.amount()), f.status().name().toLowerCase())).toList();
        String completedOn = project.stageHistory().stream().filter(c -> c.to() == ProjectStage.COMPLETED)
                .map(StageChange::effectiveOn).map(Object::toString).findFirst().orElse(null);
        return new Oc4idsProject(PREFIX + project.code(), description.name(), STATUS.get(project.stage()),
                "construction", List.of(SECTOR.get(project.category())),
                new Period(text(description.plannedStart()), text(description.plannedCompletion())),
                new Budget(yuan(project.totalPlannedInvestment()), years),
                List.of(new Party("owner", description.ownerUnit(), List.of("publicAuthority", "buyer"))),
                locations, milestones, transactions,
                completedOn == null ? null : new Completion(completedOn, yuan(project.cumulativeInvestment())));
    }

    private static Value yuan(java.math.BigDecimal amount) {
        return amount == null ? null : new Value(amount, "CNY");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
