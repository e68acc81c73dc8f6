package cn.gov.zhushan.plan.livelihood.pii;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.gov.zhushan.plan.platform.web.ProblemResponses;

/**
 * A personal-data request must say on whose behalf ({@code X-Operator}) and why ({@code X-Purpose}, or the
 * {@code purpose} query parameter); without them it is a 400 Problem Details and nothing is read. Runs after
 * Spring Security, so a caller short of a scope gets its 403 first.
 */
public class AccountabilityFilter extends OncePerRequestFilter {

    public static final String OPERATOR = "X-Operator";
    public static final String PURPOSE = "X-Purpose";
    private static final int MAX_OPERATOR = 100;
    private static final int MAX_PURPOSE = 200;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PersonalDataRequests.isPersonalData(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String operator = clean(request.getHeader(OPERATOR));
        String purpose = clean(request.getHeader(PURPOSE));
        if (purpose == null) {
            List<String> fromQuery = PersonalDataRequests.queryValues(request, "purpose");
            purpose = fromQuery.size() == 1 ? clean(fromQuery.get(0)) : null;
        }
        if (operator == null || operator.length() > MAX_OPERATOR || purpose == null || purpose.length() > MAX_PURPOSE) {
            ProblemResponses.write(response, request, HttpStatus.BAD_REQUEST, "Accountability required",
                    "Personal data is read only on behalf of a named operator for a stated purpose: send the "
                            + OPERATOR + " header (1-" + MAX_OPERATOR + " characters) and the " + PURPOSE
                            + " header or purpose query parameter (1-" + MAX_PURPOSE + " characters).");
            return;
        }
        request.setAttribute(PersonalDataAccess.ATTRIBUTE,
                new PersonalDataAccess(clientId(), operator, purpose, request.getRequestURI()));
        chain.doFilter(request, response);
    }

    /** Blank or with control characters (which could forge lines in a log) counts as missing. */
    private static String clean(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return value.strip();
    }

    private static String clientId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("A personal-data request reached the accountability filter unauthenticated");
        }
        return authentication.getName();
    }
}
