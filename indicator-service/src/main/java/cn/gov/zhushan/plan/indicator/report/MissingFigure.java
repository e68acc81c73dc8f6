package cn.gov.zhushan.plan.indicator.report;

/**
 * A figure the report could not state.
 *
 * @param where  the subsection it belongs to
 * @param label  what it is (地区生产总值, 重点项目个数...)
 * @param reason why: the service did not answer, or it holds no such record
 */
public record MissingFigure(String where, String label, SourceRef source, String reason) {
}
