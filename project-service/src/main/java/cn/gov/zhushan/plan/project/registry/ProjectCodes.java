package cn.gov.zhushan.plan.project.registry;

import java.util.Locale;
import java.util.Set;

/** The shape of a project code, e.g. {@code ZS-2024-001}. */
public final class ProjectCodes {

    public static final String PATTERN = "[A-Za-z0-9-]{1,40}";

    /**
     * Names of collection resources beside the projects under {@code /api/v1/projects/}: a project with
     * such a code could never be read back (the collection's route would answer instead).
     */
    static final Set<String> RESERVED = Set.of("portfolio", "promotion", "funding-totals");

    /** A code the registry refuses although it has the right shape. */
    public static boolean isReserved(String code) {
        return code != null && RESERVED.contains(code.toLowerCase(Locale.ROOT));
    }

    private ProjectCodes() {
    }
}
