package cn.gov.zhushan.plan.indicator.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.indicator.observations.ObservationRules;
import cn.gov.zhushan.plan.indicator.ranks.RankLabel;
import cn.gov.zhushan.plan.indicator.ranks.RankScope;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.targets.TargetKind;
import cn.gov.zhushan.plan.indicator.targets.TargetOutlook;
import cn.gov.zhushan.plan.indicator.targets.TargetRules;

/** The demo data set (the 2024 report and the 2025 draft plan) passes the same rules as the API. */
class DemoDataTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private <T> T read(String resource, Class<T> type) throws Exception {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, type);
        }
    }

    @Test
    void everyIndicatorSaysHowItIsPublishedAndACumulativeOrPointInTimeSeriesIsNeverSummed() throws Exception {
        for (Indicator indicator : read("seed/indicators.json", Indicator[].class)) {
            assertThat(indicator.publishedAs()).as(indicator.code()).isNotNull();
            assertThat(indicator.yearFrom()).as(indicator.code()).isNotNull();
            assertThat(indicator.category()).as(indicator.code()).isNotNull();
            if (indicator.publishedAs() != cn.gov.zhushan.plan.indicator.registry.Publication.PER_PERIOD) {
                assertThat(indicator.yearFrom()).as(indicator.code()).isEqualTo(cn.gov.zhushan.plan.indicator.registry.YearFrom.LAST_VALUE);
            } else {
                assertThat(indicator.yearFrom()).as(indicator.code()).isNotEqualTo(cn.gov.zhushan.plan.indicator.registry.YearFrom.LAST_VALUE);
            }
        }
    }

    @Test
    void everyDemoFigureAndTargetFitsItsIndicator() throws Exception {
        Map<String, Indicator> catalogue = List.of(read("seed/indicators.json", Indicator[].class)).stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        DemoDataLoader.DemoData demo = read("seed/demo-2024.json", DemoDataLoader.DemoData.class);
        assertThat(demo.observations()).hasSize(31);
        // figures published as approximate (约4.8亿元, 约2.2亿元, 近2.4公里) carry the word; the others none
        assertThat(demo.observations()).filteredOn(o -> o.approximation() != null)
                .extracting(o -> o.indicator() + " " + o.approximation() + o.value())
                .containsExactlyInAnyOrder("TAX_FEE_CUTS 约4.8", "ENTERPRISE_FINANCING_LOANS 约2.2", "GAS_PIPE_RENEWED 近2.4");
        demo.observations().forEach(o -> assertThatCode(() -> ObservationRules.check(catalogue.get(o.indicator()), true, o))
                .as(o.indicator()).doesNotThrowAnyException());
        demo.targets().forEach(t -> {
            Indicator indicator = catalogue.get(t.indicator());
            assertThat(indicator).as(t.indicator()).isNotNull();
            assertThat(t.target().kind() == TargetKind.GROWTH ? indicator.takesGrowth() : indicator.takesLevel())
                    .as(t.indicator()).isTrue();
        });
        BigDecimal gdp2024 = demo.observations().stream().filter(o -> o.indicator().equals("GDP")).findFirst().orElseThrow().value();
        assertThat(TargetRules.impliedLevel(gdp2024, new BigDecimal("5"), catalogue.get("GDP").decimals()))
                .isEqualByComparingTo("293.58");
        // every 2025 target shows a band and a path even before any 2025 figure
        demo.targets().forEach(t -> {
            TargetOutlook.Outlook outlook = TargetOutlook.of(catalogue.get(t.indicator()), new TargetOutlook.Terms(
                    t.target().kind(), t.target().comparator(), t.target().value(), BigDecimal.ZERO, null), 2025,
                    Map.of(), null, null);
            assertThat(outlook.path()).as(t.indicator()).isNotEmpty();
            assertThat(outlook.band().lower() != null || outlook.band().upper() != null).as(t.indicator()).isTrue();
            assertThat(outlook.projection()).isNull();
        });
        // the official ranks as the report words them, each for a figure of the demo data
        assertThat(demo.officialRanks()).hasSize(7).allSatisfy(r -> {
            assertThat(catalogue).containsKey(r.indicator());
            assertThat(RankLabel.parse(r.rank().label())).as(r.rank().label()).isPresent();
            assertThat(demo.observations()).anyMatch(o -> o.indicator().equals(r.indicator()) && o.period().equals(r.period()));
        });
        assertThat(demo.officialRanks()).filteredOn(r -> r.indicator().equals("INDUSTRIAL_VALUE_ADDED"))
                .singleElement().satisfies(r -> assertThat(RankLabel.parse(r.rank().label()))
                        .contains(new RankLabel(RankScope.CITY, 2, null)));
        assertThat(demo.officialRanks()).filteredOn(r -> r.indicator().equals("NIGHT_ZHUSHAN_HOLIDAY_VISITORS"))
                .singleElement().satisfies(r -> assertThat(RankLabel.parse(r.rank().label()))
                        .contains(new RankLabel(RankScope.PROVINCE, null, 3)));
    }
}
