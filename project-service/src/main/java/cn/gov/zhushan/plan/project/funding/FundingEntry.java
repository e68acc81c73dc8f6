package cn.gov.zhushan.plan.project.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One funding entry of a project.
 *
 * @param entryId a client-chosen id; PUT by it is idempotent
 * @param amount  yuan
 */
public record FundingEntry(String entryId, FundingSource source, FundingStatus status, BigDecimal amount,
                           LocalDate date, String note) {
}
