package cn.gov.zhushan.plan.indicator.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What may change in an indicator's definition once figures are stored under it. The unit, its scale, the
 * periodicity and how values are published decide what every stored value means (279.6 is 亿元 and cumulative);
 * changing them would silently reinterpret the figures, so they are fixed once an observation exists. A new
 * indicator code is the way to a new meaning. Names, polarity, the department, the reporting day and the like
 * may change at any time.
 */
public final class IndicatorDefinitionRules {

    private IndicatorDefinitionRules() {
    }

    /** The fields whose change the stored figures forbid; empty when the change may be made. */
    public static List<String> forbiddenChanges(Indicator stored, Indicator wanted, boolean hasObservations) {
        List<String> fields = new ArrayList<>();
        if (stored == null || !hasObservations) {
            return fields;
        }
        check(fields, "unit", stored.unit(), wanted.unit());
        check(fields, "unitMultiplier", stored.unitMultiplier(), wanted.unitMultiplier());
        check(fields, "periodicity", stored.periodicity(), wanted.periodicity());
        check(fields, "publishedAs", stored.publication(), wanted.publication());
        check(fields, "reportedAs", stored.reportedAs(), wanted.reportedAs());
        return fields;
    }

    /**
     * Combinations that cannot work whatever is stored: a cumulative series is never summed into a year, and a
     * mean is not how a count accumulates.
     */
    public static List<String> inconsistencies(Indicator wanted) {
        List<String> problems = new ArrayList<>();
        if (wanted.publication() == Publication.CUMULATIVE && wanted.yearFormedBy() != YearFrom.LAST_VALUE) {
            problems.add("yearFrom: a cumulative series (累计) forms its year from the last value, not " + wanted.yearFormedBy());
        }
        if ("ANNUAL".equals(wanted.periodicity()) && wanted.publication() == Publication.CUMULATIVE) {
            problems.add("publishedAs: an annual indicator has no cumulative months");
        }
        return problems;
    }

    private static void check(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
