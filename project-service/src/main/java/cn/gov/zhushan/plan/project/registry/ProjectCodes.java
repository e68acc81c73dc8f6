package cn.gov.zhushan.plan.project.registry;

/** The shape of a project code, e.g. {@code ZS-2024-001}. */
public final class ProjectCodes {

    public static final String PATTERN = "[A-Za-z0-9-]{1,40}";

    private ProjectCodes() {
    }
}
