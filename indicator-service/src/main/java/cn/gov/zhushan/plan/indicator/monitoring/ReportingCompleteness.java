package cn.gov.zhushan.plan.indicator.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.registry.Indicator;

/**
 * How completely each department has reported one period for one region: of the indicators it owns that are
 * collected for that kind of period, how many have a figure, how many are FINAL, which are missing, and whether
 * the period is already due (by the reporting calendar, in Asia/Shanghai days).
 */
public final class ReportingCompleteness {

    private ReportingCompleteness() {
    }

    /**
     * @param due      the period's figures are due (so a missing one is late, not just not yet in)
     * @param missing  codes of the owned indicators without a figure
     * @param notFinal codes with a PROVISIONAL figure only
     */
    public record Department(String department, int expected, int reported, int finalFigures, boolean due,
                             List<String> missing, List<String> notFinal) {
    }

    /** @param figures the stored observation for each indicator code that has one (region and period as asked) */
    public static List<Department> of(Period period, List<Indicator> catalogue, Map<String, Observation> figures, LocalDate today) {
        Map<String, List<Indicator>> byDepartment = new TreeMap<>();
        for (Indicator indicator : catalogue) {
            // only indicators collected at least that often: no month is expected of an annual one
            if (indicator.periodType().accepts(period.type())) {
                byDepartment.computeIfAbsent(indicator.department(), d -> new ArrayList<>()).add(indicator);
            }
        }
        List<Department> answer = new ArrayList<>();
        byDepartment.forEach((department, owned) -> {
            List<String> missing = new ArrayList<>();
            List<String> notFinal = new ArrayList<>();
            boolean due = false;
            int reported = 0;
            for (Indicator indicator : owned) {
                int dueDay = indicator.reportingDueDay() == null ? ReportingCalendar.DEFAULT_DUE_DAY : indicator.reportingDueDay();
                due |= today.isAfter(ReportingCalendar.dueDate(period, dueDay));
                Observation observation = figures.get(indicator.code());
                if (observation == null || observation.current() == null) {
                    missing.add(indicator.code());
                } else {
                    reported++;
                    if (!observation.current().isFinal()) {
                        notFinal.add(indicator.code());
                    }
                }
            }
            answer.add(new Department(department, owned.size(), reported, reported - notFinal.size(), due,
                    List.copyOf(missing), List.copyOf(notFinal)));
        });
        return answer;
    }
}
