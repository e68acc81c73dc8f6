package cn.gov.zhushan.plan.auth.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class StaffUserPolicyTest {

    private static final String HASH = "$2a$10$.JzMolubutXMEZmzKum.s.IAny98kOqn5xr0dmjmqfH5lwxbSjTmG";
    private static final Map<String, Set<String>> ROLES = Map.of(
            "plan-office", Set.of("indicators:read", "tourism:read"),
            "tourism-dept", Set.of("tourism:read", "tourism:write"));

    @Test
    void usersAreRefusedOutsideTheLocalProfile() {
        StaffProperties staff = new StaffProperties(ROLES, List.of(new StaffProperties.User("a", HASH, "plan-office")));
        StaffUserPolicy.check(staff, true);
        assertThatThrownBy(() -> StaffUserPolicy.check(staff, false)).hasMessageContaining("only in the 'local' profile");
        StaffUserPolicy.check(new StaffProperties(ROLES, List.of()), false);
    }

    @Test
    void plaintextPasswordsUnknownRolesAndDuplicatesAreRefused() {
        assertThatThrownBy(() -> StaffUserPolicy.check(new StaffProperties(ROLES,
                List.of(new StaffProperties.User("a", "secret", "plan-office"))), true)).hasMessageContaining("bcrypt");
        assertThatThrownBy(() -> StaffUserPolicy.check(new StaffProperties(ROLES,
                List.of(new StaffProperties.User("a", HASH, "mayor"))), true)).hasMessageContaining("role 'mayor'");
        assertThatThrownBy(() -> StaffUserPolicy.check(new StaffProperties(ROLES, List.of(
                new StaffProperties.User("a", HASH, "plan-office"), new StaffProperties.User("a", HASH, "plan-office"))),
                true)).hasMessageContaining("twice");
    }

    @Test
    void aPersonGetsTheRequestedScopesItsRoleAllows() {
        RoleScopes scopes = new RoleScopes(new StaffProperties(ROLES, List.of()));
        var tourism = new UsernamePasswordAuthenticationToken("t", null, AuthorityUtils.createAuthorityList("ROLE_tourism-dept"));
        assertThat(scopes.intersect(Set.of("tourism:read", "indicators:read", "livelihood:read"), tourism))
                .containsExactly("tourism:read");
        var nobody = new UsernamePasswordAuthenticationToken("n", null, AuthorityUtils.createAuthorityList("ROLE_unknown"));
        assertThat(scopes.intersect(Set.of("tourism:read"), nobody)).isEmpty();
    }
}
