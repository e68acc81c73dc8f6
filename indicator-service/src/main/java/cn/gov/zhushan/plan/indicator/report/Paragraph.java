package cn.gov.zhushan.plan.indicator.report;

import java.util.List;
import java.util.stream.Collectors;

public record Paragraph(List<Run> runs) {

    public String plainText() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
