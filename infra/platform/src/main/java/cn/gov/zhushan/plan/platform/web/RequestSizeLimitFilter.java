package cn.gov.zhushan.plan.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than the configured limit with 413 Problem Details before anything parses it. A
 * declared length is checked at once; a body without one (chunked) is read ahead up to the limit, so its
 * real size counts and no parser ever sees more than the limit.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;

    public RequestSizeLimitFilter(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit.toBytes()) {
            tooLarge(request, response);
            return;
        }
        if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.toBytes() + 1));
            if (body.length > limit.toBytes()) {
                tooLarge(request, response);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemResponses.write(response, request, HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                "The request body exceeds " + limit.toKilobytes() + " KB.");
    }
}
