package cn.gov.zhushan.plan.tourism.footfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.TopicProbe;
import cn.gov.zhushan.plan.tourism.alerts.CapacityMonitor;
import cn.gov.zhushan.plan.tourism.daily.DailyFootfallPublisher;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/** Both ingestion paths on the real broker, dedupe, late readings, alerts and footfall-daily events. */
class FootfallIT extends PlatformIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CapacityMonitor monitor;
    @Autowired
    DailyFootfallPublisher dailyPublisher;
    @Autowired
    FootfallAggregator aggregator;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SiteDirectory sites;

    @Test
    void aPollIsCountedOnceWhateverIsRedeliveredOrSentAgain() {
        // partitions 90+ are not used by the topic, so the listener never touches these marks; a site no other
        // test counts, since this window may fall on today
        Instant at = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(20));
        FootfallReading a = new FootfallReading("IMPERIAL_KILN_MUSEUM-GATE-1", "IMPERIAL_KILN_MUSEUM", at, 10, 1);
        FootfallReading b = new FootfallReading("IMPERIAL_KILN_MUSEUM-GATE-2", "IMPERIAL_KILN_MUSEUM", at, 20, 2);
        FootfallReading c = new FootfallReading("IMPERIAL_KILN_MUSEUM-TICKETS", "IMPERIAL_KILN_MUSEUM", at.plusSeconds(1), 30, 3);
        List<FootfallAggregator.Positioned> poll = List.of(new FootfallAggregator.Positioned(a, 90, 10),
                new FootfallAggregator.Positioned(b, 91, 5), new FootfallAggregator.Positioned(a, 91, 6));
        assertThat(aggregator.apply(poll)).isEqualTo(2); // a twice in one poll (two partitions): once
        assertThat(aggregator.apply(poll)).isZero();     // the poll redelivered: nothing twice
        // a crash after the dedupe keys were stored but before the window write: the redelivery still counts c
        mongo.getCollection(FootfallAggregator.READINGS).insertOne(new org.bson.Document("_id", c.dedupeKey())
                .append("p", 92).append("o", 7L).append("at", new java.util.Date()));
        assertThat(aggregator.apply(List.of(new FootfallAggregator.Positioned(c, 92, 7),
                new FootfallAggregator.Positioned(c, 93, 1)))).isEqualTo(1);
        String window = DistrictTime.windowId("IMPERIAL_KILN_MUSEUM", DistrictTime.quarterStart(at));
        org.bson.Document stored = mongo.getCollection(FootfallAggregator.WINDOWS)
                .find(new org.bson.Document("_id", window)).first();
        assertThat(stored.get("in", Number.class).longValue()).isEqualTo(60);
        assertThat(stored.get("out", Number.class).longValue()).isEqualTo(6);
    }

    @Test
    void theStoreReportsUnorderedBulkFailuresPerItem() {
        // what the aggregator relies on: an unordered bulk applies the good items and names the failed ones
        var coll = mongo.getCollection("bulk_probe");
        coll.insertOne(new org.bson.Document("_id", "w1").append("offsets", new org.bson.Document("p0", 5L)));
        try {
            coll.insertMany(List.of(new org.bson.Document("_id", "k1"), new org.bson.Document("_id", "w1"),
                    new org.bson.Document("_id", "k2")), new com.mongodb.client.model.InsertManyOptions().ordered(false));
            throw new AssertionError("expected a duplicate");
        } catch (com.mongodb.MongoBulkWriteException e) {
            assertThat(e.getWriteErrors()).extracting(com.mongodb.bulk.BulkWriteError::getIndex).containsExactly(1);
            assertThat(e.getWriteErrors().get(0).getCode()).isEqualTo(11000);
        }
        assertThat(coll.countDocuments()).isEqualTo(3);
        var upsert = new com.mongodb.client.model.UpdateOptions().upsert(true);
        try {
            coll.bulkWrite(List.of(
                    new com.mongodb.client.model.UpdateOneModel<>(com.mongodb.client.model.Filters.and(
                            com.mongodb.client.model.Filters.eq("_id", "w1"), com.mongodb.client.model.Filters.eq("offsets.p0", 4L)),
                            com.mongodb.client.model.Updates.inc("in", 1), upsert), // stale mark: must fail
                    new com.mongodb.client.model.UpdateOneModel<>(com.mongodb.client.model.Filters.and(
                            com.mongodb.client.model.Filters.eq("_id", "w2"), com.mongodb.client.model.Filters.exists("offsets.p0", false)),
                            com.mongodb.client.model.Updates.inc("in", 1), upsert)),
                    new com.mongodb.client.model.BulkWriteOptions().ordered(false));
            throw new AssertionError("expected a duplicate");
        } catch (com.mongodb.MongoBulkWriteException e) {
            assertThat(e.getWriteErrors()).extracting(com.mongodb.bulk.BulkWriteError::getIndex).containsExactly(0);
            assertThat(e.getWriteErrors().get(0).getCode()).isEqualTo(11000);
        }
        assertThat(coll.find(new org.bson.Document("_id", "w1")).first().get("in")).isNull();
        assertThat(coll.find(new org.bson.Document("_id", "w2")).first().get("in", Number.class).intValue()).isEqualTo(1);
    }

    @Test
    void theBatchEndpointAcceptsValidReadingsListsRejectionsAndCountsADuplicateOnce() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant late = now.minus(Duration.ofHours(3));
        String batch = batch(
                reading("TAOYANGLI-GATE-1", "TAOYANGLI", now.minusSeconds(30), 40, 10),
                reading("TAOYANGLI-GATE-2", "TAOYANGLI", now.minusSeconds(30), 2, 0),
                reading("TAOYANGLI-GATE-1", "NOPE", now, 1, 0),
                reading("XUJIA_KILN-GATE-1", "TAOYANGLI", now, 1, 0),
                reading("TAOYANGLI-GATE-1", "TAOYANGLI", now.plus(Duration.ofMinutes(10)), 1, 0),
                reading("TAOYANGLI-GATE-1", "TAOYANGLI", now, -1, 0),
                reading("TAOYANGLI-GATE-1", "TAOYANGLI", now.minusSeconds(30), 40, 10),
                reading("TAOYANGLI-CAM-1", "TAOYANGLI", late, 7, 1));

        ResponseEntity<String> response = ingest(batch);
        assertThat(response.getStatusCode().value()).isEqualTo(202);
        JsonNode result = JSON.readTree(response.getBody());
        assertThat(result.get("received").asInt()).isEqualTo(8);
        assertThat(result.get("accepted").asInt()).isEqualTo(3);
        List<String> reasons = new ArrayList<>();
        result.get("rejected").forEach(r -> reasons.add(r.get("index").asInt() + ":" + r.get("reason").asString()));
        assertThat(reasons).containsExactly("2:UNKNOWN_SITE", "3:UNKNOWN_SOURCE", "4:FUTURE_TIMESTAMP",
                "5:NEGATIVE_COUNT", "6:DUPLICATE_IN_BATCH");

        LocalDate today = DistrictTime.day(now.minusSeconds(30));
        LocalDate lateDay = DistrictTime.day(late);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(dayIn("TAOYANGLI", today)).isEqualTo(today.equals(lateDay) ? 49 : 42);
        });
        // the late reading landed in its own quarter, three hours back
        JsonNode lateQuarter = quarter("TAOYANGLI", late);
        assertThat(lateQuarter.get("in").asLong()).isEqualTo(7);

        // the same batch again (a client retry): accepted again, counted once
        assertThat(ingest(batch).getStatusCode().value()).isEqualTo(202);
        // one more reading, a millisecond after the first ones: a new reading on the same day even at midnight
        ingest(batch(reading("TAOYANGLI-GATE-1", "TAOYANGLI", now.minusSeconds(30).plusMillis(1), 1, 0)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dayIn("TAOYANGLI", today)).isEqualTo(today.equals(lateDay) ? 50 : 43));

        // footfall-daily: published for the changed day, with a sequence; a second pass publishes nothing new
        dailyPublisher.runOnce();
        assertThat(dailyPublisher.runOnce()).isZero();
        List<ConsumerRecord<String, byte[]>> events = TopicProbe.read(BACKENDS.kafkaBootstrapServers(),
                "plan.tourism.v1", records -> records.stream().anyMatch(r -> isDaily(r, "TAOYANGLI", today)),
                Duration.ofSeconds(20));
        JsonNode daily = events.stream().filter(r -> isDaily(r, "TAOYANGLI", today))
                .map(r -> JSON.readTree(r.value())).reduce((a, b) -> b).orElseThrow();
        assertThat(daily.get("in").asLong()).isEqualTo(today.equals(lateDay) ? 50 : 43);
        assertThat(daily.get("out").asLong()).isEqualTo(today.equals(lateDay) ? 11 : 10);
        assertThat(daily.get("peakOccupancy").asLong()).isPositive();
        assertThat(daily.get("sequence").asLong()).isPositive();
        assertThat(daily.get("day").asString()).isEqualTo(today.toString());
    }

    @Test
    void gatewayReadingsOnTheTopicAreValidatedDedupedAndCounted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        // the market is open 16:00-01:00: its opening day is not the calendar day between 00:00 and 08:00
        LocalDate today = sites.get("TAORAN_MARKET").openingDay().dayOf(DistrictTime.local(now));
        try (KafkaProducer<String, String> gateway = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BACKENDS.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            String good = reading("TAORAN_MARKET-GATE-1", "TAORAN_MARKET", now, 25, 5);
            for (String value : List.of(good, good, "{not json", reading("TAORAN_MARKET-GATE-1", "NOPE", now, 9, 0),
                    reading("TAORAN_MARKET-GATE-2", "TAORAN_MARKET", now, 5000, 0).replace("5000", "999999"),
                    reading("TAORAN_MARKET-GATE-2", "TAORAN_MARKET", now, 3, 1))) {
                gateway.send(new ProducerRecord<>(FootfallProperties.RAW_TOPIC, "TAORAN_MARKET", value));
            }
            gateway.flush();
        }
        // the same reading through HTTP as well: still counted once
        assertThat(ingest(batch(reading("TAORAN_MARKET-GATE-1", "TAORAN_MARKET", now, 25, 5)))
                .getStatusCode().value()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dayIn("TAORAN_MARKET", today)).isEqualTo(28));
        ingest(batch(reading("TAORAN_MARKET-GATE-2", "TAORAN_MARKET", now.plusSeconds(1), 1, 0)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dayIn("TAORAN_MARKET", today)).isEqualTo(29));

        JsonNode district = JSON.readTree(api("dashboard", "tourism:read").get()
                .uri("/api/v1/tourism/footfall/district/days?from={d}&to={d}", today, today).retrieve().body(String.class));
        assertThat(district.get("windows").get(0).get("in").asLong()).isGreaterThanOrEqualTo(29);
    }

    @Test
    void occupancyAtEightyPercentWarnsAtAHundredIsCriticalAndFallingBackClears() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        String site = "HUTIAN_KILN_SITE"; // capacity 2000
        ingest(batch(reading(site + "-GATE-1", site, now, 1700, 0)));
        awaitOccupancy(site, 1700);
        monitor.runOnce();
        ingest(batch(reading(site + "-GATE-2", site, now, 400, 0)));
        awaitOccupancy(site, 2100);
        monitor.runOnce();
        ingest(batch(reading(site + "-GATE-1", site, now.plusSeconds(1), 0, 2000)));
        awaitOccupancy(site, 100);
        monitor.runOnce();
        monitor.runOnce();

        List<ConsumerRecord<String, byte[]>> events = TopicProbe.read(BACKENDS.kafkaBootstrapServers(),
                "plan.tourism.v1", records -> alertTypes(records, site).size() >= 3, Duration.ofSeconds(20));
        assertThat(alertTypes(events, site)).containsExactly(
                "cn.gov.zhushan.plan.tourism.capacity-alert-raised.v1:WARNING",
                "cn.gov.zhushan.plan.tourism.capacity-alert-raised.v1:CRITICAL",
                "cn.gov.zhushan.plan.tourism.capacity-alert-cleared.v1:NORMAL");
        String occupancy = api("dashboard", "tourism:read").get().uri("/api/v1/tourism/sites/{s}/occupancy", site)
                .retrieve().body(String.class);
        assertThat(occupancy).contains("\"occupancy\":100").contains("\"level\":\"NORMAL\"");
        // the percentage is exact, one decimal, as the JSON number itself shows
        JsonNode occupied = JSON.readTree(occupancy);
        assertThat(occupancy).containsPattern("\"percent\":\\d+\\.\\d[,}]");
        assertThat(occupied.get("percent").decimalValue()).isEqualByComparingTo(
                cn.gov.zhushan.plan.tourism.alerts.OccupancyPercent.of(100, occupied.get("capacity").asInt()));
        // a museum counts calendar days: since midnight, Asia/Shanghai (the next midnight if one passed meanwhile)
        assertThat(JSON.readTree(occupancy).get("countedSince").asString()).endsWith("+08:00")
                .satisfiesAnyOf(since -> assertThat(since).startsWith(DistrictTime.day(now) + "T00:00"),
                        since -> assertThat(since).startsWith(DistrictTime.day(now).plusDays(1) + "T00:00"));
    }

    @Test
    void badRequestsGetProblemDetailsAndWriteNothing() throws Exception {
        Instant now = Instant.now();
        String tooMany = batch(IntStream.range(0, 10_001)
                .mapToObj(i -> reading("XUJIA_KILN-GATE-1", "XUJIA_KILN", now.minusMillis(i), 1, 0)).toArray(String[]::new));
        ResponseEntity<String> tooLarge = ingest(tooMany);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(tooLarge.getHeaders().getContentType().toString()).contains("problem+json");

        // 12 MB of empty readings (under the body size limit) is refused by the batch limit: read as a stream,
        // it stops at reading 10,001 instead of building millions of objects first
        int limit = 12 * 1024 * 1024 - 1024;
        StringBuilder empty = new StringBuilder(limit).append("{\"readings\":[{}");
        while (empty.length() < limit - 10) {
            empty.append(",{}");
        }
        String emptyReadings = empty.append("]}").toString();
        ResponseEntity<String> streamed = ingest(emptyReadings);
        assertThat(streamed.getStatusCode().value()).as(streamed.getBody()).isEqualTo(413);
        assertThat(streamed.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(JSON.readTree(streamed.getBody()).get("detail").asString()).contains("at most 10000 readings");
        assertThat(ingest("{\"readings\":[{\"site\":\"XUJIA_KILN\"},null]}").getStatusCode().value()).isEqualTo(400);
        assertThat(ingest("{\"readings\":[{\"site\":\"XUJIA_KILN\"}").getStatusCode().value()).isEqualTo(400);
        assertThat(ingest("{\"other\":1}").getStatusCode().value()).isEqualTo(400);

        // a 13 MB body is refused from its Content-Length before a byte of it is read (raw socket: no body sent)
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/tourism/footfall/readings HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TOKENS.issue("gate", "tourism:ingest") + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (13 * 1024 * 1024) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }

        assertThat(api("gate", "tourism:ingest").post().uri("/api/v1/tourism/footfall/readings")
                .contentType(MediaType.TEXT_PLAIN).body("hello").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(415);
        assertThat(ingest("{\"readings\":[]}").getStatusCode().value()).isEqualTo(400);
        assertThat(ingest("{\"readings\":[{\"site\":\"XUJIA_KILN\",\"in\":\"many\"}]}").getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> noneValid = ingest(batch(reading("XUJIA_KILN-GATE-1", "NOPE", now, 1, 0)));
        assertThat(noneValid.getStatusCode().value()).isEqualTo(422);
        assertThat(noneValid.getBody()).contains("UNKNOWN_SITE");

        // tourism:write is not enough to ingest, tourism:ingest is not enough to read
        assertThat(api("editor", "tourism:write").post().uri("/api/v1/tourism/footfall/readings")
                .contentType(MediaType.APPLICATION_JSON).body(batch(reading("XUJIA_KILN-GATE-1", "XUJIA_KILN", now, 1, 0)))
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(api("gate", "tourism:ingest").get().uri("/api/v1/tourism/footfall/district/days?from=2024-10-01&to=2024-10-01")
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(403);

        assertThat(api("dashboard", "tourism:read").get().uri("/api/v1/tourism/footfall/sites/NOPE/windows?day=2024-10-01")
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(api("dashboard", "tourism:read").get().uri("/api/v1/tourism/footfall/sites/XUJIA_KILN/windows?day=2024-13-01")
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(400);
        assertThat(api("dashboard", "tourism:read").get().uri("/api/v1/tourism/footfall/district/days?from=2024-10-02&to=2024-10-01")
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(422);
        assertThat(dayIn("XUJIA_KILN", DistrictTime.day(now))).isZero();
    }

    private void awaitOccupancy(String site, long expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JSON.readTree(api("dashboard", "tourism:read")
                .get().uri("/api/v1/tourism/sites/{s}/occupancy", site).retrieve().body(String.class))
                .get("occupancy").asLong()).isEqualTo(expected));
    }

    private static List<String> alertTypes(List<ConsumerRecord<String, byte[]>> records, String site) {
        return records.stream().filter(r -> site.equals(r.key()))
                .filter(r -> TopicProbe.header(r, "ce_type").contains("capacity-alert"))
                .map(r -> {
                    JsonNode data = JSON.readTree(r.value());
                    String level = data.has("level") ? data.get("level").asString() : "NORMAL";
                    return TopicProbe.header(r, "ce_type") + ":" + level;
                }).toList();
    }

    private static boolean isDaily(ConsumerRecord<String, byte[]> r, String site, LocalDate day) {
        return "cn.gov.zhushan.plan.tourism.footfall-daily.v1".equals(TopicProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"day\":\"" + day + "\"")
                && site.equals(r.key());
    }

    private long dayIn(String site, LocalDate day) {
        JsonNode series = JSON.readTree(api("dashboard", "tourism:read").get()
                .uri("/api/v1/tourism/footfall/sites/{s}/days?from={d}&to={d}", site, day, day).retrieve().body(String.class));
        return series.get("windows").get(0).get("in").asLong();
    }

    private JsonNode quarter(String site, Instant at) {
        JsonNode series = JSON.readTree(api("dashboard", "tourism:read").get()
                .uri("/api/v1/tourism/footfall/sites/{s}/windows?day={d}&granularity=QUARTER_HOUR", site, DistrictTime.day(at))
                .retrieve().body(String.class));
        String start = DistrictTime.quarterStart(at).atZone(DistrictTime.ZONE).toOffsetDateTime().toString();
        for (JsonNode w : series.get("windows")) {
            if (w.get("start").asString().startsWith(start.substring(0, 16))) {
                return w;
            }
        }
        throw new AssertionError("no window at " + start + " in " + series);
    }

    private ResponseEntity<String> ingest(String body) {
        return api("gate", "tourism:ingest").post().uri("/api/v1/tourism/footfall/readings")
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    static String reading(String source, String site, Instant at, long in, long out) {
        return "{\"source\":\"" + source + "\",\"site\":\"" + site + "\",\"timestamp\":\"" + at + "\",\"in\":" + in
                + ",\"out\":" + out + "}";
    }

    static String batch(String... readings) {
        return "{\"readings\":[" + String.join(",", readings) + "]}";
    }
}
