package cn.gov.zhushan.plan.livelihood.payments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payment settings ({@code livelihood.payments.*}).
 *
 * @param stuckAfter a payment still PAYING this long after it was claimed was abandoned (the process died
 *                   between the transfer and recording its outcome); reconciliation transfers it again
 *                   under the same payment id, which the payout channel deduplicates
 */
@ConfigurationProperties("livelihood.payments")
public record PaymentProperties(@DefaultValue("10m") Duration stuckAfter) {
}
