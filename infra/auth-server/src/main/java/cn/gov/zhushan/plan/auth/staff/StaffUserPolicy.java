package cn.gov.zhushan.plan.auth.staff;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses a staff configuration that must not go live: users outside the {@code local} profile (their
 * passwords would live in a config file; real people sign in through the district's identity provider),
 * duplicate names, passwords that are not bcrypt hashes, roles that grant nothing.
 */
public final class StaffUserPolicy {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private StaffUserPolicy() {
    }

    /** @throws IllegalStateException naming the first problem found */
    public static void check(StaffProperties staff, boolean local) {
        if (!local && !staff.users().isEmpty()) {
            throw new IllegalStateException("Staff users (plan.auth.staff.users) are accepted only in the 'local' "
                    + "profile; outside it people sign in through the district's identity provider (README.md).");
        }
        Set<String> names = new HashSet<>();
        for (StaffProperties.User user : staff.users()) {
            if (user.username() == null || user.username().isBlank()) {
                throw new IllegalStateException("Every user in plan.auth.staff.users needs a username.");
            }
            if (!names.add(user.username())) {
                throw new IllegalStateException("User " + user.username() + " is listed twice in plan.auth.staff.users.");
            }
            if (user.password() == null || !BCRYPT.matcher(user.password()).matches()) {
                throw new IllegalStateException("The password of user " + user.username() + " is not a bcrypt hash.");
            }
            Set<String> scopes = staff.roles().get(user.role());
            if (scopes == null || scopes.isEmpty()) {
                throw new IllegalStateException("User " + user.username() + " has role '" + user.role()
                        + "', which plan.auth.staff.roles does not define (or grants no scope).");
            }
        }
    }
}
