package cn.gov.zhushan.plan.indicator.ranks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param label  the rank in the source's words: 全市第二, 全省前三, 位居全省前列
 * @param source the document that reports it (title, or title and section)
 */
public record OfficialRankRequest(@NotBlank @Size(max = 40) String label, @NotBlank @Size(max = 200) String source) {
}
