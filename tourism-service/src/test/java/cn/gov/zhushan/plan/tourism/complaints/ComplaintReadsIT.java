package cn.gov.zhushan.plan.tourism.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.StoreReads;
import cn.gov.zhushan.plan.tourism.footfall.DistrictTime;

/**
 * Complaint statistics read the period's complaints of the category from the store, not more (watched on the
 * wire by {@link StoreReads}), through indexes made at start-up. In a database of its own, so the counts are
 * this test's.
 */
@Import(StoreReads.Recording.class)
@TestPropertySource(properties = "spring.mongodb.database=complaint-reads")
class ComplaintReadsIT extends PlatformIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    StoreReads reads;

    @Test
    void statisticsReadThePeriodsComplaintsOfTheCategoryOnly() {
        Instant inPeriod = LocalDate.of(2071, 5, 1).atTime(10, 0).atZone(DistrictTime.ZONE).toInstant();
        for (int i = 0; i < 30; i++) {
            Instant requested = i < 6 ? inPeriod.plus(Duration.ofHours(i)) : inPeriod.plus(Duration.ofDays(40 + i));
            Complaint complaint = new Complaint("C-reads-" + i, null,
                    i % 2 == 0 ? Complaint.Category.PRICE : Complaint.Category.SERVICE, "电话13800000000", null, "市场监管", requested);
            if (i < 6) {
                complaint.resolve("已退款", new BigDecimal("10.05"), requested.plus(Duration.ofHours(2)));
            }
            mongo.insert(complaint);
        }
        reads.reset();

        JsonNode all = read("/api/v1/tourism/complaints/statistics?from=2071-05-01&to=2071-05-05");
        assertThat(all.get("count").asInt()).isEqualTo(6);
        assertThat(all.get("refundsTotal").decimalValue()).isEqualByComparingTo("60.30");
        assertThat(all.get("medianResolutionHours").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(reads.documentsFrom("complaints")).isEqualTo(6);

        reads.reset();
        JsonNode price = read("/api/v1/tourism/complaints/statistics?from=2071-05-01&to=2071-05-05&category=PRICE");
        assertThat(price.get("count").asInt()).isEqualTo(3);
        assertThat(reads.documentsFrom("complaints")).isEqualTo(3); // the category was filtered here before
    }

    @Test
    void theIndexesOfComplaintReadsExist() {
        List<String> names = mongo.indexOps("complaints").getIndexInfo().stream().map(IndexInfo::getName).toList();
        assertThat(names).contains(ComplaintFigures.BY_REQUESTED_AT, ComplaintFigures.BY_STATUS);
    }

    private JsonNode read(String path) {
        ResponseEntity<String> response = api("reader", "tourism:read").get().uri(path).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }
}
