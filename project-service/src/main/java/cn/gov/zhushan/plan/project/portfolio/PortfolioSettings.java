package cn.gov.zhushan.plan.project.portfolio;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param laggingMarginPercent a project lags when its completion ratio trails the share of the year
 *                             elapsed by more than this many percentage points
 */
@ConfigurationProperties("project.portfolio")
public record PortfolioSettings(BigDecimal laggingMarginPercent) {

    public PortfolioSettings {
        laggingMarginPercent = laggingMarginPercent == null ? new BigDecimal("10") : laggingMarginPercent;
    }
}
