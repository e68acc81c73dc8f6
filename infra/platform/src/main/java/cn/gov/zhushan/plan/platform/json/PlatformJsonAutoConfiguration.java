package cn.gov.zhushan.plan.platform.json;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON reading rules of every service: the {@link PlatformJsonModule} and a parser that refuses
 * over-long numbers. Runs before Boot's Jackson configuration because Jackson 3 fixes the parser's
 * {@link StreamReadConstraints} when the mapper's builder is created, so the builder is made here (with
 * every {@link JsonMapperBuilderCustomizer} applied, as Boot does).
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(InputLimits.class)
public class PlatformJsonAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PlatformJsonModule platformJsonModule(InputLimits limits) {
        return new PlatformJsonModule(limits);
    }

    @Bean
    @Scope("prototype")
    @ConditionalOnMissingBean
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers, InputLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(limits.parserMaxNumberLength()).build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
