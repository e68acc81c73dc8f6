package cn.gov.zhushan.plan.livelihood.pii;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The per-client limit of lookups by ID number.
 *
 * @param capacity     lookups a client may make at once
 * @param refillPeriod time in which a used-up allowance refills completely
 * @param maxClients   clients tracked at once (memory bound)
 */
@Validated
@ConfigurationProperties("livelihood.pii.lookup-limit")
public record LookupLimitProperties(@DefaultValue("30") @Min(1) int capacity,
                                    @DefaultValue("1m") @NotNull Duration refillPeriod,
                                    @DefaultValue("10000") @Min(1) int maxClients) {
}
