package cn.gov.zhushan.plan.livelihood.pii;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.gov.zhushan.plan.platform.web.ProblemResponses;

/**
 * Limits each client's lookups by ID number (a yes/no answer per guess is how a number is recovered from a
 * masked one): over the limit, 429 Problem Details with {@code Retry-After}, before the body is read.
 */
public class LookupRateLimitFilter extends OncePerRequestFilter {

    private final LookupRateLimiter limiter;

    public LookupRateLimitFilter(LookupRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PersonalDataRequests.isLookup(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String client = authentication == null ? "anonymous" : authentication.getName();
        Optional<Duration> wait = limiter.tryAcquire(client);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemResponses.write(response, request, HttpStatus.TOO_MANY_REQUESTS, "Too many lookups",
                    "This client has used its lookups by ID number for now; retry after " + seconds + " s.");
            return;
        }
        chain.doFilter(request, response);
    }
}
