package cn.gov.zhushan.plan.indicator.report;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The execution report and where it reads what this service does not hold.
 *
 * @param region               the district the report is about
 * @param clientRegistrationId the OAuth2 client (client credentials) whose token the calls carry
 * @param projectService       base URL of project-service; a service id ({@code http://project-service}) is
 *                             resolved by the load balancer through Eureka
 * @param timeout              time limit of one call (the breaker's time limiter)
 */
@ConfigurationProperties("indicators.report")
public record ReportProperties(String region, String clientRegistrationId, String projectService,
                               String livelihoodService, String tourismService, Duration timeout) {

    public ReportProperties {
        region = region == null ? "360203" : region;
        clientRegistrationId = clientRegistrationId == null ? "indicator-service" : clientRegistrationId;
        projectService = projectService == null ? "http://project-service" : projectService;
        livelihoodService = livelihoodService == null ? "http://livelihood-service" : livelihoodService;
        tourismService = tourismService == null ? "http://tourism-service" : tourismService;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
