package cn.gov.zhushan.plan.indicator.report;

import java.net.http.HttpClient;
import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.cloud.client.loadbalancer.LoadBalancerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The report's clients for the other services: a load-balanced {@link RestClient} (service ids resolved through
 * Eureka, or any discovery client) that carries this service's own client-credentials token, and one circuit
 * breaker with a time limiter per service.
 */
@Configuration(proxyBeanMethods = false)
class ReportClientsConfiguration {

    /**
     * Client credentials outside any request: the token belongs to this service, not to the caller, so it is
     * cached once for the service and works on the breaker's threads.
     */
    @Bean
    OAuth2AuthorizedClientManager reportAuthorizedClientManager(ClientRegistrationRepository registrations) {
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return manager;
    }

    /**
     * Load balancing by an interceptor on this one client, not by a {@code @LoadBalanced RestClient.Builder} bean: such
     * a bean replaces Boot's builder for the whole context, and the Eureka client's own transport would then try to
     * resolve {@code localhost} as a service id and never register this service.
     */
    @Bean
    RemoteSources reportRemoteSources(LoadBalancerClient loadBalancer, OAuth2AuthorizedClientManager manager,
                                      CircuitBreakerFactory<?, ?> breakers, ReportProperties properties, Clock clock) {
        OAuth2ClientHttpRequestInterceptor oauth = new OAuth2ClientHttpRequestInterceptor(manager);
        oauth.setClientRegistrationIdResolver(request -> properties.clientRegistrationId());
        Authentication self = UsernamePasswordAuthenticationToken.authenticated(properties.clientRegistrationId(), null,
                AuthorityUtils.NO_AUTHORITIES);
        oauth.setPrincipalResolver(request -> self);
        // HTTP/1.1: the services speak nothing else in the cluster, and an h2c upgrade attempt on every call costs time
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        RestClient client = RestClient.builder().requestFactory(requests)
                .requestInterceptor(new LoadBalancerInterceptor(loadBalancer)).requestInterceptor(oauth).build();
        return new RemoteSources(client, breakers, properties, clock);
    }

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> reportBreakers(ReportProperties properties) {
        return factory -> factory.configure(builder -> builder
                        .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build())
                        .circuitBreakerConfig(CircuitBreakerConfig.custom().slidingWindowSize(20).minimumNumberOfCalls(10)
                                .failureRateThreshold(50).build()),
                RemoteSources.breakerId(RemoteSources.PROJECTS), RemoteSources.breakerId(RemoteSources.LIVELIHOOD),
                RemoteSources.breakerId(RemoteSources.TOURISM));
    }
}
