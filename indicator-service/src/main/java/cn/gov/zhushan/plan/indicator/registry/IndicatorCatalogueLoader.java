package cn.gov.zhushan.plan.indicator.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the indicators of the 2024 report at start-up, adding only codes that are missing, so a
 * department's later edits are never overwritten.
 */
@Component
class IndicatorCatalogueLoader implements ApplicationRunner {

    private final IndicatorRepository indicators;
    private final JsonMapper json;

    IndicatorCatalogueLoader(IndicatorRepository indicators, JsonMapper json) {
        this.indicators = indicators;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream in = new ClassPathResource("seed/indicators.json").getInputStream()) {
            List<Indicator> catalogue = json.readValue(in, new TypeReference<List<Indicator>>() { });
            catalogue.stream().filter(i -> !indicators.existsById(i.code())).forEach(indicators::insert);
        }
    }
}
