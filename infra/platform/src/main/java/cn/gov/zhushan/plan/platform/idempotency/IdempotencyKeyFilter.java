package cn.gov.zhushan.plan.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
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
 *
 * <p>The body is compared by its HMAC-SHA256 under the platform's key, never by a plain hash. The answer of
 * an endpoint that returns personal data ({@code platform.idempotency.personal-data-paths}) is not stored:
 * only its status is, and a retry gets 409 "replay not available" rather than a second run, because such
 * an endpoint may have side effects and the client can simply ask again with a new key. A record left
 * {@code IN_PROGRESS} by a crash is taken over by a retry once its lease has passed.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String STILL_RUNNING = "A request with this Idempotency-Key is being processed; retry shortly.";
    private static final String NOT_KEPT = "Replay not available for personal-data responses: the answer was not "
            + "stored. Send the request again with a new Idempotency-Key.";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final IdempotencyProperties properties;
    private final RequestFingerprint fingerprint;
    private final AntPathMatcher paths = new AntPathMatcher();

    public IdempotencyKeyFilter(MongoTemplate mongo, Clock clock) {
        this(mongo, clock, IdempotencyProperties.defaults());
    }

    public IdempotencyKeyFilter(MongoTemplate mongo, Clock clock, IdempotencyProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        this.fingerprint = new RequestFingerprint(properties.hmacKey());
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
        String hash = fingerprint.of(body);
        boolean personalData = personalData(request);
        Instant now = Instant.now(clock);
        try {
            mongo.insert(new IdempotencyRecord(id, hash, IdempotencyRecord.IN_PROGRESS, 0, null, null, null, now,
                    personalData));
        } catch (DuplicateKeyException seenBefore) {
            IdempotencyRecord previous = mongo.findById(id, IdempotencyRecord.class);
            if (!takeOverAbandoned(previous, hash, now)) {
                replay(previous, hash, request, response);
                return;
            }
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new BufferedBodyRequest(request, body), recorded);
        } finally {
            if (recorded.getStatus() >= 500) {
                mongo.remove(Query.query(Criteria.where("_id").is(id)), IdempotencyRecord.class);
            } else {
                String answer = personalData ? null
                        : new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8);
                mongo.save(new IdempotencyRecord(id, hash, IdempotencyRecord.COMPLETED, recorded.getStatus(),
                        recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION), answer,
                        Instant.now(clock), personalData));
            }
            recorded.copyBodyToResponse();
        }
    }

    private boolean personalData(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return properties.personalDataPaths().stream().anyMatch(pattern -> paths.match(pattern, path));
    }

    /** A record still IN_PROGRESS after its lease was left by a crashed attempt: this retry runs instead. */
    private boolean takeOverAbandoned(IdempotencyRecord previous, String hash, Instant now) {
        if (previous == null || !IdempotencyRecord.IN_PROGRESS.equals(previous.state())
                || !previous.requestHash().equals(hash) || previous.createdAt() == null
                || !previous.createdAt().plus(properties.inProgressLease()).isBefore(now)) {
            return false;
        }
        // only one retry wins the take-over: the update matches the abandoned record's exact start time
        Query abandoned = Query.query(Criteria.where("_id").is(previous.id())
                .and("state").is(IdempotencyRecord.IN_PROGRESS).and("createdAt").is(previous.createdAt()));
        return mongo.updateFirst(abandoned, Update.update("createdAt", now), IdempotencyRecord.class)
                .getModifiedCount() == 1;
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
        } else if (previous.personalData()) {
            ProblemResponses.write(response, request, HttpStatus.CONFLICT, "Replay not available", NOT_KEPT);
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
}
