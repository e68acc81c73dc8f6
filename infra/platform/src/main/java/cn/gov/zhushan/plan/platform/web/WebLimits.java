package cn.gov.zhushan.plan.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param maxRequestSize the largest request body a service accepts (413 above it) */
@ConfigurationProperties("platform.web")
public record WebLimits(DataSize maxRequestSize) {

    public WebLimits {
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
    }
}
