package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;
import cn.gov.zhushan.plan.project.progress.MonthlyProgress;

/**
 * A key investment project. Its events wait in {@code pendingEvents} and are saved in the same
 * single-document write as the change they describe (the embedded outbox).
 */
@Document("projects")
public class Project {

    @Id
    private String code;
    private String name;
    private ProjectCategory category;
    private String ownerUnit;
    private boolean onCityList;
    /** Total planned investment, yuan. */
    private BigDecimal totalPlannedInvestment;
    /** Planned investment per year ("2024" -> yuan). */
    private Map<String, BigDecimal> annualPlans = new LinkedHashMap<>();
    private List<MonthlyProgress> progress = new ArrayList<>();
    private List<MonthlyProgress> progressRevisions = new ArrayList<>();
    /** Bumped by every published change; consumers keep the newest. */
    private long sequence;
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected Project() {
    }

    public Project(String code, String name, ProjectCategory category, String ownerUnit, boolean onCityList,
                   BigDecimal totalPlannedInvestment) {
        this.code = code;
        describe(name, category, ownerUnit, onCityList, totalPlannedInvestment);
    }

    public final void describe(String name, ProjectCategory category, String ownerUnit, boolean onCityList,
                               BigDecimal totalPlannedInvestment) {
        this.name = name;
        this.category = category;
        this.ownerUnit = ownerUnit;
        this.onCityList = onCityList;
        this.totalPlannedInvestment = totalPlannedInvestment;
    }

    public void planYear(int year, BigDecimal plannedInvestment) {
        annualPlans.put(Integer.toString(year), plannedInvestment);
    }

    public Optional<BigDecimal> annualPlan(int year) {
        return Optional.ofNullable(annualPlans.get(Integer.toString(year)));
    }

    public Optional<MonthlyProgress> progressFor(YearMonth month) {
        return progress.stream().filter(p -> p.month().equals(month.toString())).findFirst();
    }

    /** Records a month's progress, keeping a replaced report as a revision. */
    public void record(MonthlyProgress report) {
        progressFor(YearMonth.parse(report.month())).ifPresent(previous -> {
            progress.remove(previous);
            progressRevisions.add(previous);
        });
        progress.add(report);
        progress.sort((a, b) -> a.month().compareTo(b.month()));
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

    public long nextSequence() {
        return ++sequence;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ProjectCategory category() {
        return category;
    }

    public String ownerUnit() {
        return ownerUnit;
    }

    public boolean onCityList() {
        return onCityList;
    }

    public BigDecimal totalPlannedInvestment() {
        return totalPlannedInvestment;
    }

    public Map<String, BigDecimal> annualPlans() {
        return Map.copyOf(annualPlans);
    }

    public List<MonthlyProgress> progress() {
        return List.copyOf(progress);
    }

    public List<MonthlyProgress> progressRevisions() {
        return List.copyOf(progressRevisions);
    }

    public List<PendingEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
