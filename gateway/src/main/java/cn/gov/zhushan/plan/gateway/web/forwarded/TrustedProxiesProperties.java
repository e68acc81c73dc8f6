package cn.gov.zhushan.plan.gateway.web.forwarded;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustedProxies address blocks (CIDR) of the proxies in front of the gateway, e.g. the Ingress
 *                       controller's pod network; only their X-Forwarded-For is believed. Empty: none is.
 */
@ConfigurationProperties("plan.gateway")
public record TrustedProxiesProperties(@DefaultValue List<String> trustedProxies) {
}
