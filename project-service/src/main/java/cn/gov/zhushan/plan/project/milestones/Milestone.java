package cn.gov.zhushan.plan.project.milestones;

import java.time.LocalDate;

/**
 * A milestone: due date against the date it was met.
 *
 * @param overdueReported whether milestone-overdue was published for it (once only)
 */
public record Milestone(String milestoneId, String name, LocalDate dueOn, LocalDate metOn, boolean overdueReported) {

    public boolean overdueOn(LocalDate today) {
        return metOn == null && dueOn.isBefore(today);
    }

    public Milestone withOverdueReported() {
        return new Milestone(milestoneId, name, dueOn, metOn, true);
    }
}
