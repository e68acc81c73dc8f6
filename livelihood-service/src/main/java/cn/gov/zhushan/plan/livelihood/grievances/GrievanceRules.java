package cn.gov.zhushan.plan.livelihood.grievances;

import java.util.Map;
import java.util.Set;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;

/** OPEN -> IN_REVIEW -> RESOLVED | REJECTED; closing needs a resolution, and only closing takes one. */
public final class GrievanceRules {

    private static final Map<Grievance.Status, Set<Grievance.Status>> TRANSITIONS = Map.of(
            Grievance.Status.OPEN, Set.of(Grievance.Status.IN_REVIEW),
            Grievance.Status.IN_REVIEW, Set.of(Grievance.Status.RESOLVED, Grievance.Status.REJECTED),
            Grievance.Status.RESOLVED, Set.of(),
            Grievance.Status.REJECTED, Set.of());

    private GrievanceRules() {
    }

    public static boolean closes(Grievance.Status status) {
        return status == Grievance.Status.RESOLVED || status == Grievance.Status.REJECTED;
    }

    public static void requireTransition(Grievance.Status from, Grievance.Status to, String resolution) {
        if (!TRANSITIONS.get(from).contains(to)) {
            throw new ConflictException("A grievance cannot go from " + from + " to " + to + ".");
        }
        boolean hasResolution = resolution != null && !resolution.isBlank();
        if (closes(to) && !hasResolution) {
            throw new BusinessRuleException("A resolution is required to set a grievance " + to + ".");
        }
        if (!closes(to) && hasResolution) {
            throw new BusinessRuleException("A resolution is only given when the grievance is resolved or rejected.");
        }
    }
}
