package cn.gov.zhushan.plan.project.registry;

import java.math.BigDecimal;
import java.time.Instant;

/** A replaced annual plan figure, kept for the audit trail. Amounts in yuan. */
public record AnnualPlanRevision(String year, BigDecimal previous, BigDecimal revised, String revisedBy, Instant revisedAt) {
}
