package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.project.funding.FundingEntry;
import cn.gov.zhushan.plan.project.lifecycle.ProjectLifecycle;
import cn.gov.zhushan.plan.project.lifecycle.ProjectStage;
import cn.gov.zhushan.plan.project.lifecycle.StageChange;
import cn.gov.zhushan.plan.project.milestones.Milestone;
import cn.gov.zhushan.plan.project.progress.MonthlyProgress;

/**
 * A key investment project, with everything that changes about it. Its events wait in
 * {@code pendingEvents} and are saved in the same single-document write as the change they describe
 * (the embedded outbox), so a change and its event cannot part.
 */
@Document(Project.COLLECTION)
public class Project {

    public static final String COLLECTION = "projects";
    /** The field a year's portfolio is found by. */
    public static final String PLANNED_YEARS = "plannedYears";

    @Id
    private String code;
    private String name;
    private ProjectCategory category;
    private String ownerUnit;
    private String address;
    private Double latitude;
    private Double longitude;
    private boolean onCityList;
    /** Total planned investment, yuan. */
    private BigDecimal totalPlannedInvestment;
    private LocalDate plannedStart;
    private LocalDate plannedCompletion;
    private ProjectStage stage = ProjectStage.NEGOTIATION;
    private ProjectStage suspendedFrom;
    private LocalDate constructionStartedOn;
    private List<StageChange> stageHistory = new ArrayList<>();
    /** Planned investment per year ("2024" -> yuan). */
    private Map<String, BigDecimal> annualPlans = new LinkedHashMap<>();
    /** The years of {@code annualPlans}, kept beside it on every write so a year's portfolio is an indexed query. */
    private List<Integer> plannedYears = new ArrayList<>();
    private List<AnnualPlanRevision> planRevisions = new ArrayList<>();
    private List<MonthlyProgress> progress = new ArrayList<>();
    private List<MonthlyProgress> progressRevisions = new ArrayList<>();
    private List<FundingEntry> funding = new ArrayList<>();
    private List<Milestone> milestones = new ArrayList<>();
    private String laggingReportedFor;
    /** Bumped by every published change; consumers keep the newest. */
    private long sequence;
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected Project() {
    }

    public Project(String code, ProjectDescription description) {
        this.code = code;
        describe(description);
    }

    public final void describe(ProjectDescription d) {
        this.name = d.name();
        this.category = d.category();
        this.ownerUnit = d.ownerUnit();
        this.address = d.address();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.onCityList = Boolean.TRUE.equals(d.onCityList());
        this.totalPlannedInvestment = d.totalPlannedInvestment();
        this.plannedStart = d.plannedStart();
        this.plannedCompletion = d.plannedCompletion();
    }

    // ---- lifecycle

    public StageChange moveTo(ProjectStage target, LocalDate effectiveOn, String by, Instant now, String reason) {
        ProjectLifecycle.requireAllowed(stage, suspendedFrom, target);
        LocalDate lastChange = stageHistory.isEmpty() ? null : stageHistory.get(stageHistory.size() - 1).effectiveOn();
        if (lastChange != null && effectiveOn.isBefore(lastChange)) {
            throw new BusinessRuleException("effectiveOn " + effectiveOn + " is before the previous stage change ("
                    + lastChange + ").");
        }
        StageChange change = new StageChange(stage, target, effectiveOn, by, now, reason);
        suspendedFrom = target == ProjectStage.SUSPENDED ? stage : null;
        if (target == ProjectStage.UNDER_CONSTRUCTION && constructionStartedOn == null) {
            constructionStartedOn = effectiveOn;
        }
        stage = target;
        stageHistory.add(change);
        return change;
    }

    // ---- annual plan

    public void planYear(int year, BigDecimal plannedInvestment, String by, Instant now) {
        String key = Integer.toString(year);
        BigDecimal previous = annualPlans.get(key);
        if (previous != null && previous.compareTo(plannedInvestment) != 0) {
            planRevisions.add(new AnnualPlanRevision(key, previous, plannedInvestment, by, now));
        }
        annualPlans.put(key, plannedInvestment);
    }

    /** Brings {@code plannedYears} in step with {@code annualPlans}; called before every write. */
    void indexPlannedYears() {
        plannedYears = annualPlans.keySet().stream().map(Integer::valueOf).sorted().toList();
    }

    public Optional<BigDecimal> annualPlan(int year) {
        return Optional.ofNullable(annualPlans.get(Integer.toString(year)));
    }

    // ---- monthly progress

    public Optional<MonthlyProgress> progressFor(YearMonth month) {
        return progress.stream().filter(p -> p.month().equals(month.toString())).findFirst();
    }

    /** Records a month's progress, keeping a replaced report as a revision. */
    public void record(MonthlyProgress report) {
        YearMonth month = YearMonth.parse(report.month());
        if (!stage.acceptsInvestmentReports()) {
            throw new BusinessRuleException("Project " + code + " is in stage " + stage
                    + "; investment is reported from the start of construction.");
        }
        if (constructionStartedOn != null && month.isBefore(YearMonth.from(constructionStartedOn))) {
            throw new BusinessRuleException("Construction of " + code + " started on " + constructionStartedOn
                    + "; no investment can be reported for " + month + ".");
        }
        progressFor(month).ifPresent(previous -> {
            progress.remove(previous);
            progressRevisions.add(previous);
        });
        progress.add(report);
        progress.sort(Comparator.comparing(MonthlyProgress::month));
    }

    /** Investment completed from January up to and including the month, yuan. */
    public BigDecimal yearToDate(YearMonth month) {
        return progress.stream()
                .filter(p -> {
                    YearMonth m = YearMonth.parse(p.month());
                    return m.getYear() == month.getYear() && !m.isAfter(month);
                })
                .map(MonthlyProgress::investmentCompleted)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Investment completed over the whole life of the project, yuan. */
    public BigDecimal cumulativeInvestment() {
        return progress.stream().map(MonthlyProgress::investmentCompleted).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- funding

    public Optional<FundingEntry> fundingEntry(String entryId) {
        return funding.stream().filter(f -> f.entryId().equals(entryId)).findFirst();
    }

    public void putFunding(FundingEntry entry) {
        fundingEntry(entry.entryId()).ifPresent(funding::remove);
        funding.add(entry);
    }

    // ---- milestones

    public void putMilestone(Milestone milestone) {
        milestones.removeIf(m -> m.milestoneId().equals(milestone.milestoneId()));
        milestones.add(milestone);
        milestones.sort(Comparator.comparing(Milestone::dueOn));
    }

    public void markOverdueReported(String milestoneId) {
        milestones.replaceAll(m -> m.milestoneId().equals(milestoneId) ? m.withOverdueReported() : m);
    }

    public boolean laggingReportedFor(String period) {
        return period.equals(laggingReportedFor);
    }

    public void markLaggingReported(String period) {
        laggingReportedFor = period;
    }

    // ---- outbox

    public long nextSequence() {
        return ++sequence;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    // ---- accessors

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ProjectCategory category() {
        return category;
    }

    public ProjectDescription description() {
        return new ProjectDescription(name, category, ownerUnit, address, latitude, longitude, onCityList,
                totalPlannedInvestment, plannedStart, plannedCompletion);
    }

    public boolean onCityList() {
        return onCityList;
    }

    public BigDecimal totalPlannedInvestment() {
        return totalPlannedInvestment;
    }

    public ProjectStage stage() {
        return stage;
    }

    public LocalDate constructionStartedOn() {
        return constructionStartedOn;
    }

    public List<StageChange> stageHistory() {
        return List.copyOf(stageHistory);
    }

    public Map<String, BigDecimal> annualPlans() {
        return Map.copyOf(annualPlans);
    }

    public List<AnnualPlanRevision> planRevisions() {
        return List.copyOf(planRevisions);
    }

    public List<MonthlyProgress> progress() {
        return List.copyOf(progress);
    }

    public List<MonthlyProgress> progressRevisions() {
        return List.copyOf(progressRevisions);
    }

    public List<FundingEntry> funding() {
        return List.copyOf(funding);
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public List<PendingEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
