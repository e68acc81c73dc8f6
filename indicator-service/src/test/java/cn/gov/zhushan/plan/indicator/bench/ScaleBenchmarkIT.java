package cn.gov.zhushan.plan.indicator.bench;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import cn.gov.zhushan.plan.indicator.monitoring.MonitoringResult;
import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.targets.Target;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.ReadTimings;

/**
 * Not a test (it runs only with {@code -Dscale.benchmark=true}; it checks answers, not durations): loads the demo
 * data (2024's figures, 2025's targets and their monitoring), copies observations, targets and monitoring results
 * to 10× and 100× (or {@code -Dscale.factors=...}), each copy moved to earlier years so the 2025 answer stays the
 * same, and prints p50/p99 of the 2025 monitoring list through the API. Run:
 * {@code ./mvnw -q -pl indicator-service -am verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ScaleBenchmarkIT -Dscale.benchmark=true}
 */
@EnabledIfSystemProperty(named = "scale.benchmark", matches = "true")
@TestPropertySource(properties = {"platform.demo-data.enabled=true", "spring.mongodb.database=scale-benchmark"})
class ScaleBenchmarkIT extends PlatformIntegrationTest {

    private static final int WARM_UP = 5;
    private static final List<String> COLLECTIONS = List.of(Observation.COLLECTION, Target.COLLECTION,
            MonitoringResult.COLLECTION);
    private static final String PATH = "/api/v1/indicators/monitoring?year=2025";

    @Autowired
    MongoTemplate mongo;

    @Test
    void monitoring2025() {
        List<List<Document>> demo = COLLECTIONS.stream().map(c -> mongo.findAll(Document.class, c)).toList();
        RestClient api = api("bench", "indicators:read");
        String expected = get(api);
        if (expected.length() < 10) {
            throw new IllegalStateException("no 2025 monitoring in the demo data: " + expected);
        }
        int filled = 1;
        for (int scale : ReadTimings.scales()) {
            for (int copy = filled; copy < scale; copy++) {
                for (int c = 0; c < COLLECTIONS.size(); c++) {
                    int years = 2 * copy;
                    String suffix = "~" + copy;
                    mongo.getCollection(COLLECTIONS.get(c)).insertMany(demo.get(c).stream().map(d -> new Document(d)
                            .append("_id", d.get("_id") + suffix).append("year", d.getInteger("year") - years)
                            .append("pendingEvents", List.of())).toList());
                }
            }
            filled = Math.max(filled, scale);
            RestClient fresh = api("bench", "indicators:read"); // a token lives 5 minutes: a new one per scale
            String size = String.format("%d× (%,d observations, %,d results)", scale,
                    mongo.getCollection(Observation.COLLECTION).countDocuments(),
                    mongo.getCollection(MonitoringResult.COLLECTION).countDocuments());
            ReadTimings.time("monitoring 2025", size, WARM_UP, ReadTimings.runs(), () -> {
                String answer = get(fresh);
                if (!answer.equals(expected)) {
                    throw new IllegalStateException("2025's monitoring changed with data of other years: " + answer);
                }
                return answer;
            });
        }
    }

    private static String get(RestClient api) {
        ResponseEntity<String> response = api.get().uri(PATH).retrieve().toEntity(String.class);
        if (response.getStatusCode().value() != 200) {
            throw new IllegalStateException(response.getStatusCode() + " " + response.getBody());
        }
        return response.getBody();
    }
}
