package cn.gov.zhushan.plan.tourism.footfall;

/**
 * Why one reading was not accepted.
 *
 * @param index  position in the batch (0-based)
 * @param field  the offending field, when one field is to blame
 * @param reason a code: {@code MISSING_FIELD}, {@code UNKNOWN_SITE}, {@code UNKNOWN_SOURCE}, {@code BAD_TIMESTAMP},
 *               {@code FUTURE_TIMESTAMP}, {@code TOO_LATE}, {@code NEGATIVE_COUNT}, {@code IMPLAUSIBLE_COUNT},
 *               {@code DUPLICATE_IN_BATCH}
 */
public record Rejection(int index, String field, String reason, String message) {
}
