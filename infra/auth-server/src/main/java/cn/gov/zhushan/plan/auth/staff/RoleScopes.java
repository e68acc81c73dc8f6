package cn.gov.zhushan.plan.auth.staff;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The scopes a signed-in person may hold: the union over the person's roles ({@code ROLE_<name>} authorities). */
public final class RoleScopes {

    static final String ROLE_PREFIX = "ROLE_";

    private final StaffProperties staff;

    public RoleScopes(StaffProperties staff) {
        this.staff = staff;
    }

    public Set<String> allowed(Authentication person) {
        return allowed(person.getAuthorities());
    }

    Set<String> allowed(Collection<? extends GrantedAuthority> authorities) {
        Set<String> scopes = new LinkedHashSet<>();
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(ROLE_PREFIX)) {
                scopes.addAll(staff.roles().getOrDefault(name.substring(ROLE_PREFIX.length()), Set.of()));
            }
        }
        return scopes;
    }

    /** The requested scopes the person's roles allow, in the requested order. */
    public Set<String> intersect(Set<String> requested, Authentication person) {
        Set<String> allowed = allowed(person);
        Set<String> granted = new LinkedHashSet<>(requested);
        granted.retainAll(allowed);
        return granted;
    }
}
