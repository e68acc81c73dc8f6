package cn.gov.zhushan.plan.auth.staff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * People who sign in to the dashboard, and what each role may do.
 *
 * @param roles the platform's scopes each role may hold (the same names department clients use); a user's
 *              token carries the requested scopes that its role allows, never more
 * @param users sign-in accounts; accepted in the {@code local} profile only (outside it people come from the
 *              district's identity provider, see README.md)
 */
@ConfigurationProperties("plan.auth.staff")
public record StaffProperties(@DefaultValue Map<String, Set<String>> roles, @DefaultValue List<User> users) {

    /**
     * @param username the sign-in name, also the token's {@code sub}
     * @param password bcrypt hash
     * @param role     a key of {@code roles}
     */
    public record User(String username, String password, String role) {
    }
}
