package cn.gov.zhushan.plan.indicator.report;

/**
 * One figure ready to be written, or the reason it cannot be.
 *
 * @param formatted the figure as written ({@code 34.13亿元}); null when missing
 */
public record FigureValue(String label, String formatted, SourceRef source, String missingReason) {

    public static FigureValue missing(String label, SourceRef source, String reason) {
        return new FigureValue(label, null, source, reason);
    }

    public boolean isMissing() {
        return formatted == null;
    }
}
