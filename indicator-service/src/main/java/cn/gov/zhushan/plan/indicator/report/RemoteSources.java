package cn.gov.zhushan.plan.indicator.report;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Reads the other services for the report: each call carries this service's own token, goes through the load
 * balancer and its service's circuit breaker (with a time limiter). A failure becomes a {@link Fetched} with the
 * reason, never an exception: the report then says 数据暂缺 there.
 */
public class RemoteSources {

    private static final Logger log = LoggerFactory.getLogger(RemoteSources.class);

    public static final String PROJECTS = "project-service";
    public static final String LIVELIHOOD = "livelihood-service";
    public static final String TOURISM = "tourism-service";

    private final RestClient client;
    private final CircuitBreakerFactory<?, ?> breakers;
    private final Map<String, String> baseUrls;
    private final Clock clock;

    public RemoteSources(RestClient client, CircuitBreakerFactory<?, ?> breakers, ReportProperties properties, Clock clock) {
        this.client = client;
        this.breakers = breakers;
        this.baseUrls = Map.of(PROJECTS, properties.projectService(), LIVELIHOOD, properties.livelihoodService(),
                TOURISM, properties.tourismService());
        this.clock = clock;
    }

    /** The breaker of each service; named so its metrics and configuration are found. */
    public static String breakerId(String service) {
        return "report-" + service;
    }

    /**
     * One report's reads: once a service has failed, its further reads are skipped with the same reason. Safe for
     * reads of different services in parallel.
     */
    public Session session() {
        return new Session();
    }

    public final class Session {

        private final Map<String, String> failedServices = new ConcurrentHashMap<>();

        private Session() {
        }

        public <T> Fetched<T> get(String service, String path, ParameterizedTypeReference<T> type) {
            SourceRef source = new SourceRef(service, "GET " + path, path, clock.instant());
            String earlier = failedServices.get(service);
            if (earlier != null) {
                return Fetched.failed(source, earlier);
            }
            Fetched<T> fetched = breakers.create(breakerId(service)).run(() -> read(service, path, type, source),
                    failure -> Fetched.failed(source, reason(service, failure)));
            if (fetched.failure() != null && fetched.failure().startsWith(service)) {
                failedServices.put(service, fetched.failure());
                log.warn("Report: {} {} failed: {}", service, path, fetched.failure());
            }
            return fetched;
        }

        public <T> Fetched<T> get(String service, String path, Class<T> type) {
            return get(service, path, ParameterizedTypeReference.forType(type));
        }
    }

    private <T> Fetched<T> read(String service, String path, ParameterizedTypeReference<T> type, SourceRef source) {
        try {
            return Fetched.of(client.get().uri(baseUrls.get(service) + path).retrieve().body(type), source);
        } catch (HttpClientErrorException.NotFound e) {
            // an absent record is an answer, not a failure of the service: the breaker must not count it
            return Fetched.failed(source, "无此记录");
        } catch (HttpClientErrorException e) {
            return Fetched.failed(source, "请求被拒绝（HTTP " + e.getStatusCode().value() + "）");
        }
    }

    private static String reason(String service, Throwable failure) {
        if (failure instanceof TimeoutException) {
            return service + " 响应超时";
        }
        if (failure instanceof RestClientResponseException e) {
            return service + " 返回 HTTP " + e.getStatusCode().value();
        }
        if (failure instanceof io.github.resilience4j.circuitbreaker.CallNotPermittedException) {
            return service + " 熔断中";
        }
        return service + " 不可用";
    }
}
