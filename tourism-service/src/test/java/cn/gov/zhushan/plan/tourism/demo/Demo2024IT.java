package cn.gov.zhushan.plan.tourism.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;
import cn.gov.zhushan.plan.tourism.daily.DailyFootfallPublisher;
import cn.gov.zhushan.plan.tourism.holidays.Holiday;
import cn.gov.zhushan.plan.tourism.holidays.HolidayRepository;

/**
 * The 2024 demo data reproduces the report's figures. The footfall goes the real way: history readings on
 * the raw topic, the aggregation, opening-day totals and footfall-daily events whose arrivals add up to
 * the 3,657,300 holiday visits; the integrity refunds come out of the complaint statistics.
 */
class Demo2024IT extends PlatformIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DAILY = "cn.gov.zhushan.plan.tourism.footfall-daily.v1";

    @Autowired
    DemoDataLoader loader;
    @Autowired
    DailyFootfallPublisher dailyPublisher;
    @Autowired
    HolidayRepository holidays;

    @Test
    void theReportsFiguresComeOutOfTheQueriesAndTheHolidayVisitsOutOfRealIngestion() {
        loader.load();
        List<Holiday> ofYear = holidays.findByYearOrderByStart(Demo2024.YEAR);
        assertThat(ofYear).hasSize(7);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(ofYear.stream().mapToLong(this::districtArrivals).sum())
                        .isEqualTo(Demo2024.NIGHT_ZHUSHAN_HOLIDAY_VISITS));

        // the night district's National Day evening runs to 02:00 on 2 October, all in opening day 1 October
        JsonNode night = get("/api/v1/tourism/footfall/sites/TAOXICHUAN/windows?day=2024-10-01&granularity=HOUR");
        List<JsonNode> hours = night.get("windows").valueStream().toList();
        assertThat(hours).allSatisfy(h -> assertThat(h.get("occupancy").asLong()).isNotNegative());
        assertThat(hours.get(hours.size() - 1).get("end").asString()).startsWith("2024-10-02T02:00");
        assertThat(hours.get(hours.size() - 1).get("occupancy").asLong()).isZero();
        JsonNode day = get("/api/v1/tourism/footfall/sites/TAOXICHUAN/days?from=2024-10-01&to=2024-10-01")
                .get("windows").get(0);
        assertThat(day.get("start").asString()).startsWith("2024-10-01T06:00");
        assertThat(day.get("in").asLong()).isEqualTo(hours.stream().mapToLong(h -> h.get("in").asLong()).sum());

        // footfall-daily per site and opening day: the latest version of each adds up to the report's figure
        dailyPublisher.runOnce();
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.read(BACKENDS.kafkaBootstrapServers(),
                "plan.tourism.v1", records -> arrivals(latestDaily(records)) == Demo2024.NIGHT_ZHUSHAN_HOLIDAY_VISITS,
                Duration.ofSeconds(60));
        Map<String, long[]> latest = latestDaily(events);
        assertThat(arrivals(latest)).as("footfall-daily by site and day: %s", new TreeMap<>(
                latest.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[1]))))
                .isEqualTo(Demo2024.NIGHT_ZHUSHAN_HOLIDAY_VISITS);
        assertThat(latest).containsKey("TAOXICHUAN|2024-10-01").doesNotContainKey("TAOXICHUAN|2024-10-08");

        // loading again sends nothing new, and what it would send counts once
        assertThat(loader.load()).isZero();
        assertThat(ofYear.stream().mapToLong(this::districtArrivals).sum())
                .isEqualTo(Demo2024.NIGHT_ZHUSHAN_HOLIDAY_VISITS);

        JsonNode stats = get("/api/v1/tourism/complaints/statistics?from=2024-01-01&to=2024-12-31&category=INTEGRITY_REFUND");
        assertThat(stats.get("count").asInt()).isEqualTo(114);
        assertThat(stats.get("resolved").asInt()).isEqualTo(114);
        assertThat(stats.get("refundsTotal").decimalValue()).isEqualByComparingTo("66333.00");
        assertThat(stats.get("satisfactionRatePercent").decimalValue()).isEqualByComparingTo("100.0");
    }

    /** site|day -> {sequence, in} of the latest footfall-daily of each site day of the 2024 holidays' span. */
    private static Map<String, long[]> latestDaily(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, long[]> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            if (DAILY.equals(TopicProbe.header(r, "ce_type"))) {
                JsonNode data = JSON.readTree(r.value());
                String day = data.get("day").asString();
                // the 2024 holidays run from 30 December 2023 (New Year) to 7 October 2024
                if (day.compareTo("2023-12-30") >= 0 && day.compareTo("2024-12-31") <= 0) {
                    latest.merge(data.get("siteCode").asString() + "|" + day,
                            new long[] {data.get("sequence").asLong(), data.get("in").asLong()},
                            (a, b) -> a[0] >= b[0] ? a : b);
                }
            }
        }
        return latest;
    }

    private static long arrivals(Map<String, long[]> latest) {
        return latest.values().stream().mapToLong(v -> v[1]).sum();
    }

    private long districtArrivals(Holiday holiday) {
        return get("/api/v1/tourism/holidays/2024/" + holiday.code() + "/footfall")
                .get("districtArrivals").get("current").asLong();
    }

    private JsonNode get(String uri) {
        return JSON.readTree(api("dashboard", "tourism:read").get().uri(uri).retrieve().body(String.class));
    }
}
