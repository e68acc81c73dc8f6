package cn.gov.zhushan.plan.gateway.bodylimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxBodySize the body limit of a route without {@code max-body-size} metadata */
@ConfigurationProperties("plan.gateway")
public record BodyLimitProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
