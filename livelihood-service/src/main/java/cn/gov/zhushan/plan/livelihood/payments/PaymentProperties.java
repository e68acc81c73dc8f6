package cn.gov.zhushan.plan.livelihood.payments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payment settings ({@code livelihood.payments.*}).
 *
 * @param stuckAfter   a payment still PAYING this long after it was claimed was abandoned (the process died
 *                     between the transfer and recording its outcome); reconciliation transfers it again
 *                     under the same payment id, which the payout channel deduplicates
 * @param batchSize    payments claimed, transferred and recorded per step of a background operation (and
 *                     entitlements written per step of a draft); each step renews the operation's lease
 * @param settleWithin before a cycle's totals are taken, a single payment submitted concurrently and claimed
 *                     less than this long ago is waited for (the operation is queued again briefly, no thread
 *                     sleeps); one claimed longer ago is counted as not paid and left to reconciliation
 */
@ConfigurationProperties("livelihood.payments")
public record PaymentProperties(@DefaultValue("10m") Duration stuckAfter, @DefaultValue("1000") int batchSize,
                                @DefaultValue("5s") Duration settleWithin) {
}
