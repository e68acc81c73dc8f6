package cn.gov.zhushan.plan.project.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Data of {@code cn.gov.zhushan.plan.projects.funding-secured.v1}. Amount in yuan. */
public record FundingSecured(String projectCode, String entryId, FundingSource source, FundingStatus status,
                             BigDecimal amount, LocalDate date, long sequence) {

    public static final String EVENT = "funding-secured";
}
