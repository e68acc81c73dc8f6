package cn.gov.zhushan.plan.indicator.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.indicator.observations.ObservationInput;
import cn.gov.zhushan.plan.indicator.observations.ObservationRecording;
import cn.gov.zhushan.plan.indicator.ranks.OfficialRankRequest;
import cn.gov.zhushan.plan.indicator.ranks.OfficialRanks;
import cn.gov.zhushan.plan.indicator.targets.TargetRequest;
import cn.gov.zhushan.plan.indicator.targets.TargetSetting;

/**
 * Loads the 2024 report's figures for Zhushan and the 2025 draft plan's targets (seed/demo-2024.json) when
 * {@code platform.demo-data.enabled=true} (the local profile). Through the same services as the API, so a restart
 * finds everything unchanged and writes and publishes nothing.
 */
@Component
@Order(10) // after the catalogues
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JsonMapper json;
    private final ObservationRecording observations;
    private final TargetSetting targets;
    private final OfficialRanks ranks;

    DemoDataLoader(JsonMapper json, ObservationRecording observations, TargetSetting targets, OfficialRanks ranks) {
        this.json = json;
        this.observations = observations;
        this.targets = targets;
        this.ranks = ranks;
    }

    record DemoTarget(String indicator, String region, int year, TargetRequest target) {
    }

    /** A rank as the report words it (全市第二), for the figure of {@code indicator} in {@code region} and {@code period}. */
    record DemoRank(String indicator, String region, String period, OfficialRankRequest rank) {
    }

    record DemoData(List<ObservationInput> observations, List<DemoTarget> targets, List<DemoRank> officialRanks) {
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoData data;
        try (InputStream in = new ClassPathResource("seed/demo-2024.json").getInputStream()) {
            data = json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long written = 0;
        long set = 0;
        // demo data must never keep the service from starting: a refused entry is logged and skipped
        for (ObservationInput o : data.observations()) {
            try {
                written += observations.recordPublished(o, "demo-data").outcome() != ObservationRecording.Outcome.UNCHANGED ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Demo observation {} {} {} refused: {}", o.indicator(), o.region(), o.period(), e.getMessage());
            }
        }
        for (DemoTarget t : data.targets()) {
            try {
                set += targets.set(t.indicator(), t.region(), t.year(), t.target(), "demo-data").changed() ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Demo target {} {} {} refused: {}", t.indicator(), t.region(), t.year(), e.getMessage());
            }
        }
        long ranked = 0;
        for (DemoRank r : data.officialRanks()) {
            try {
                ranked += ranks.record(r.indicator(), r.region(), r.period(), r.rank(), "demo-data").changed() ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Demo rank {} {} {} refused: {}", r.indicator(), r.region(), r.period(), e.getMessage());
            }
        }
        log.info("Demo data: {} observations, {} targets and {} official ranks written ({}, {} and {} in the seed)",
                written, set, ranked, data.observations().size(), data.targets().size(), data.officialRanks().size());
    }
}
