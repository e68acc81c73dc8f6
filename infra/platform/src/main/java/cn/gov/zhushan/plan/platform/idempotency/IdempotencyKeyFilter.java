package cn.gov.zhushan.plan.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import cn.gov.zhushan.plan.platform.web.BufferedBodyRequest;
import cn.gov.zhushan.plan.platform.web.ProblemResponses;

/**
 * Makes a POST command safe to retry: with an {@code Idempotency-Key} header the first answer (any
 * non-5xx) is stored per client, method, path and key, and a retry with the same body gets that answer
 * again instead of running the command twice. The same key with another body is a 422, a retry while
 * the first is still running a 409 (after the IETF httpapi Idempotency-Key draft). A 5xx is not kept,
 * so the client may retry it.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String STILL_RUNNING = "A request with this Idempotency-Key is being processed; retry shortly.";

    private final MongoTemplate mongo;
    private final Clock clock;

    public IdempotencyKeyFilter(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 200) {
            ProblemResponses.write(response, request, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "The Idempotency-Key header must have 1 to 200 characters.");
            return;
        }
        byte[] body = StreamUtils.copyToByteArray(request.getInputStream());
        String id = client() + " " + request.getMethod() + " " + request.getRequestURI() + " " + key;
        String hash = sha256(body);
        try {
            mongo.insert(new IdempotencyRecord(id, hash, IdempotencyRecord.IN_PROGRESS, 0, null, null, null,
                    Instant.now(clock)));
        } catch (DuplicateKeyException seenBefore) {
            replay(mongo.findById(id, IdempotencyRecord.class), hash, request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new BufferedBodyRequest(request, body), recorded);
        } finally {
            if (recorded.getStatus() >= 500) {
                mongo.remove(Query.query(Criteria.where("_id").is(id)), IdempotencyRecord.class);
            } else {
                mongo.save(new IdempotencyRecord(id, hash, IdempotencyRecord.COMPLETED, recorded.getStatus(),
                        recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8), Instant.now(clock)));
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyRecord previous, String hash, HttpServletRequest request,
                               HttpServletResponse response) throws IOException {
        if (previous == null) {
            ProblemResponses.write(response, request, HttpStatus.CONFLICT, "Conflict", STILL_RUNNING);
        } else if (!previous.requestHash().equals(hash)) {
            ProblemResponses.write(response, request, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                    "This Idempotency-Key was used with a different request body.");
        } else if (IdempotencyRecord.IN_PROGRESS.equals(previous.state())) {
            ProblemResponses.write(response, request, HttpStatus.CONFLICT, "Conflict", STILL_RUNNING);
        } else {
            response.setStatus(previous.status());
            if (previous.contentType() != null) {
                response.setContentType(previous.contentType());
            }
            if (previous.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, previous.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(previous.body() == null ? new byte[0]
                    : previous.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String client() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
