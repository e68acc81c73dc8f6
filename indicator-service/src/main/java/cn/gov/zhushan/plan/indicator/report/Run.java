package cn.gov.zhushan.plan.indicator.report;

/** A piece of a paragraph: plain text, or a figure that carries its source. */
public sealed interface Run permits Run.Text, Run.Figure {

    String text();

    record Text(String text) implements Run {
    }

    /**
     * @param text    the figure as the report writes it ({@code 279.6亿元}), or {@code 数据暂缺}
     * @param missing true when the source could not give it
     */
    record Figure(String text, SourceRef source, boolean missing) implements Run {
    }
}
