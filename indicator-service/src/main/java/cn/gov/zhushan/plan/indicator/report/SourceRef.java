package cn.gov.zhushan.plan.indicator.report;

import java.time.Instant;

/**
 * Where a figure of the report comes from.
 *
 * @param service the service that holds it ({@code indicator-service}, {@code project-service}...)
 * @param record  the record or endpoint read, e.g. {@code GDP:360203:2024} or {@code GET /api/v1/projects/portfolio/2024}
 * @param link    the API path (through the gateway) that shows it
 * @param asOf    when the figure was recorded (own observations) or read (other services)
 */
public record SourceRef(String service, String record, String link, Instant asOf) {
}
