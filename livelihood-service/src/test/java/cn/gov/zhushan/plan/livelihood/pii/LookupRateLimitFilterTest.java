package cn.gov.zhushan.plan.livelihood.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class LookupRateLimitFilterTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesTheLookupAfterTheAllowanceWith429AndRetryAfter() throws Exception {
        LookupRateLimitFilter filter = new LookupRateLimitFilter(
                new LookupRateLimiter(2, Duration.ofHours(1), 10, Clock.systemUTC()));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("client-a", null));
        int[] statuses = new int[3];
        MockHttpServletResponse last = null;
        for (int i = 0; i < 3; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", PersonalDataRequests.LOOKUP_PATH);
            last = new MockHttpServletResponse();
            filter.doFilter(request, last, new MockFilterChain());
            statuses[i] = last.getStatus();
        }
        assertThat(statuses).containsExactly(200, 200, 429);
        assertThat(last.getHeader("Retry-After")).isEqualTo("1800");
        assertThat(last.getContentType()).startsWith("application/problem+json");
    }
}
