package cn.gov.zhushan.plan.indicator.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.targets.Target;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.StoreReads;

/** The monitoring list reads one year's results from the store, not every year's, through an index. */
@Import(StoreReads.Recording.class)
class MonitoringReadsIT extends PlatformIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    StoreReads reads;
    @Autowired
    JsonMapper json;

    @Test
    void aYearsListReadsThatYearsResultsOnly() {
        List<MonitoringResult> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int year = i < 3 ? 2071 : 2072;
            results.add(new MonitoringResult("READS_" + i + ":360203:" + year, "READS_" + i, "360203", year));
        }
        mongo.insertAll(results);
        reads.reset();

        JsonNode list = json.readTree(api("reader", "indicators:read").get().uri("/api/v1/indicators/monitoring?year=2071")
                .retrieve().body(String.class));

        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("indicator").asString()).isEqualTo("READS_0");
        // the old read loaded all 40 (and every other test's results) and filtered them here
        assertThat(reads.documentsFrom(MonitoringResult.COLLECTION)).isEqualTo(3);
        assertThat(reads.findsOn(MonitoringResult.COLLECTION)).singleElement()
                .satisfies(find -> assertThat(find.filter()).contains("\"year\": 2071"));
    }

    @Test
    void theIndexesOfMonitoringsReadsExist() {
        assertThat(names(MonitoringResult.COLLECTION)).contains(MonitoringIndexes.RESULTS_BY_YEAR);
        assertThat(names(Target.COLLECTION)).contains(MonitoringIndexes.TARGETS_BY_SERIES, MonitoringIndexes.TARGETS_BY_YEAR);
        assertThat(names(Observation.COLLECTION)).contains(MonitoringIndexes.OBSERVATIONS_BY_SERIES);
    }

    private List<String> names(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream().map(IndexInfo::getName).toList();
    }
}
