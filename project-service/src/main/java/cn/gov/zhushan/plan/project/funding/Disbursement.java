package cn.gov.zhushan.plan.project.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment out of a committed funding entry (拨付), a transaction of its own. Amount in yuan. */
public record Disbursement(String disbursementId, BigDecimal amount, LocalDate date, String note) {
}
