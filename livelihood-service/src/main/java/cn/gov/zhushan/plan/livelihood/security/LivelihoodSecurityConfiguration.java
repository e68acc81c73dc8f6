package cn.gov.zhushan.plan.livelihood.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;

import cn.gov.zhushan.plan.livelihood.pii.PersonalDataRequests;
import cn.gov.zhushan.plan.platform.security.ApiAccessRules;

/**
 * The service's own scope rules, checked in the filter chain before the platform defaults and so before any
 * body is read (a caller short of a scope gets 403, never a 400 about its body). Personal data (a {@code pii}
 * path segment, {@code ?unmasked=true}, or the lookup by ID number, which is a read although it is a POST so
 * the number never lands in a URL) needs {@code livelihood:pii} AND the ordinary scope: {@code livelihood:read}
 * to read, {@code livelihood:write} otherwise, as the gateway requires. The audit log of those reads has its own
 * scope, {@code livelihood:audit}, so someone other than the audited clients can read it. Changing a program or its
 * standards needs {@code livelihood:admin} besides {@code livelihood:write}.
 */
@Configuration(proxyBeanMethods = false)
class LivelihoodSecurityConfiguration {

    static final String READ = ApiAccessRules.scope("livelihood:read");
    static final String WRITE = ApiAccessRules.scope("livelihood:write");
    static final String PII = ApiAccessRules.scope("livelihood:pii");
    static final String AUDIT = ApiAccessRules.scope("livelihood:audit");
    /** Programs and their standards (benefit amounts) are changed by an administrator, not by every writing client. */
    static final String ADMIN = ApiAccessRules.scope("livelihood:admin");
    static final String EMPLOYMENT_WRITE = ApiAccessRules.scope("employment:write");

    @Bean
    ApiAccessRules livelihoodAccessRules() {
        RequestMatcher auditLog = request -> PersonalDataRequests.path(request).equals(PersonalDataRequests.AUDIT_LOG_PATH);
        RequestMatcher legacyAuditLog = request -> PersonalDataRequests.isAuditLog(request)
                && PersonalDataRequests.hasPiiSegment(request);
        RequestMatcher personalDataRead = request -> PersonalDataRequests.isPersonalData(request)
                && PersonalDataRequests.isRead(request);
        RequestMatcher personalDataWrite = request -> PersonalDataRequests.isPersonalData(request)
                && !PersonalDataRequests.isRead(request);
        RequestMatcher employmentWrite = request -> PersonalDataRequests.path(request).startsWith("/api/v1/livelihood/employment/")
                && !isRead(request);
        RequestMatcher programWrite = request -> PersonalDataRequests.path(request).startsWith("/api/v1/livelihood/programs")
                && !isRead(request);
        return rules -> rules
                .requestMatchers(programWrite).hasAllAuthorities(WRITE, ADMIN)
                .requestMatchers(auditLog).hasAuthority(AUDIT)
                .requestMatchers(legacyAuditLog).hasAllAuthorities(READ, PII)
                .requestMatchers(personalDataRead).hasAllAuthorities(READ, PII)
                .requestMatchers(personalDataWrite).hasAllAuthorities(WRITE, PII)
                .requestMatchers(employmentWrite).hasAuthority(EMPLOYMENT_WRITE);
    }

    private static boolean isRead(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }
}
