package cn.gov.zhushan.plan.livelihood.pii;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param batchSize records read and rewritten per step of the re-encryption job */
@Validated
@ConfigurationProperties("livelihood.pii.reencryption")
public record ReencryptionProperties(@DefaultValue("200") @Min(1) @Max(5000) int batchSize) {
}
