package cn.gov.zhushan.plan.livelihood.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background operations ({@code livelihood.operations.*}).
 *
 * @param pollInterval how often an idle worker looks for queued operations (a request also wakes it at once)
 * @param lease        how long a claim lasts without progress; a worker renews it on every reported step, so
 *                     it only has to outlast one step (one batch of payments), not the whole operation
 * @param workers      operations run at the same time in this instance
 * @param maxAttempts  claims of one operation before an unexpected error fails it
 */
@ConfigurationProperties("livelihood.operations")
public record OperationProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("60s") Duration lease,
                                  @DefaultValue("2") int workers, @DefaultValue("5") int maxAttempts) {
}
