package cn.gov.zhushan.plan.indicator.report;

import java.time.format.DateTimeFormatter;

/** How every format cites a figure's source in words. */
final class SourceNotes {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SourceNotes() {
    }

    static String note(Run.Figure figure) {
        SourceRef s = figure.source();
        String asOf = s.asOf() == null ? "" : "，截至 " + AS_OF.format(s.asOf().atZone(ExecutionReportComposer.DISTRICT));
        return (figure.missing() ? "数据暂缺。" : "") + "来源：" + s.service() + " " + s.record() + asOf + "（" + s.link() + "）";
    }
}
