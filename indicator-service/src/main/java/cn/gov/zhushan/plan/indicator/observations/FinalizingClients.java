package cn.gov.zhushan.plan.indicator.observations;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OAuth2 clients of the statistics bureau, the only ones that declare figures FINAL and revise final figures
 * ({@code indicators.finalizing-clients}).
 */
@ConfigurationProperties("indicators")
public record FinalizingClients(@DefaultValue("statistics-bureau") List<String> finalizingClients) {

    public boolean mayFinalize(String clientId) {
        return finalizingClients.contains(clientId);
    }
}
