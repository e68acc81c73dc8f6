package cn.gov.zhushan.plan.auth.staff;

import cn.gov.zhushan.plan.auth.profile.LocalProfile;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The sign-in accounts of the {@code local} profile; elsewhere the list is empty (federation, README.md). */
@Configuration(proxyBeanMethods = false)
class StaffUsersConfig {

    @Bean
    UserDetailsService staffUsers(StaffProperties staff, Environment environment) {
        StaffUserPolicy.check(staff, LocalProfile.isActive(environment));
        List<UserDetails> users = staff.users().stream()
                .map(user -> User.withUsername(user.username())
                        .password(user.password())   // bcrypt; the context's PasswordEncoder checks it
                        .roles(user.role())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    RoleScopes roleScopes(StaffProperties staff) {
        return new RoleScopes(staff);
    }
}
