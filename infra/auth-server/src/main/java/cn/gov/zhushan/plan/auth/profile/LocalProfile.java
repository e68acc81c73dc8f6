package cn.gov.zhushan.plan.auth.profile;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The {@code local} profile (the local launcher, the system tests, a laptop) is the only place where the
 * demo clients with their well-known secrets and a generated signing key may be used.
 */
public final class LocalProfile {

    public static final String NAME = "local";

    private LocalProfile() {
    }

    public static boolean isActive(Environment environment) {
        return environment.acceptsProfiles(Profiles.of(NAME));
    }
}
