package cn.gov.zhushan.plan.indicator.report;

import java.util.List;

/** A heading with its paragraphs and sub-sections (一 holds （一）…（五）). */
public record Section(String heading, List<Paragraph> paragraphs, List<Section> subsections) {
}
