package cn.gov.zhushan.plan.livelihood.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.livelihood.LivelihoodTestData;
import cn.gov.zhushan.plan.livelihood.demo.DemoDataset.DemoHousehold;
import cn.gov.zhushan.plan.livelihood.demo.DemoDataset.DemoPerson;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

/** The loader on a small data set (the full 2024 set is checked by DemoDataGeneratorTest): sealed, idempotent, summarised. */
class DemoDataIT extends PlatformIntegrationTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;
    @Autowired
    OneChildRewardDemoLoader oneChild;

    @Test
    void loadsOnceAndTheAnnualSummaryAddsUp() {
        DemoPerson a = new DemoPerson(LivelihoodTestData.idNumber("19500101"), "演示甲", "13900000001", "地址1", "演示社区", List.of());
        DemoPerson b = new DemoPerson(LivelihoodTestData.idNumber("19520101"), "演示乙", "13900000002", "地址2", "演示社区", List.of());
        DemoPerson c = new DemoPerson(LivelihoodTestData.idNumber("19600101"), "演示丙", "13900000003", "地址3", "演示社区",
                List.of("EXTREME_POVERTY"));
        DemoDataset dataset = new DemoDataset(List.of(new DemoHousehold("DIBAO_RURAL", "RURAL", "演示社区", List.of(a, b),
                new BigDecimal("400.00"))), List.of(c));
        assertThat(loader.load(dataset, 2021)).isTrue();
        assertThat(loader.load(dataset, 2021)).isFalse();

        JsonNode summary = json.readTree(api("dashboard", "livelihood:read").get().uri("/api/v1/livelihood/summary/2021")
                .retrieve().body(String.class));
        assertThat(summary).hasSize(2);
        JsonNode dibao = summary.get(0);
        assertThat(dibao.get("programCode").asString()).isEqualTo("DIBAO_RURAL");
        assertThat(dibao.get("cycles").asInt()).isEqualTo(12);
        assertThat(dibao.get("households").asLong()).isEqualTo(1);
        assertThat(dibao.get("persons").asLong()).isEqualTo(2);
        assertThat(dibao.get("amountYuan").decimalValue()).isEqualByComparingTo("7920.00"); // (730 - 400) x 2 x 12
        assertThat(summary.get(1).get("amountYuan").decimalValue()).isEqualByComparingTo("19110.60"); // 1592.55 x 12
        String raw = mongo.getCollection("persons").find(new Document("community", "演示社区")).into(new java.util.ArrayList<>())
                .toString();
        assertThat(raw).doesNotContain("演示甲").doesNotContain(a.idNumber()).doesNotContain("13900000001");
    }

    @Test
    void theOneChildRosterLoadIsResumableAndTheSummaryReadsItsFamilies() {
        assertThat(oneChild.load(2020, OneChildRewardDemo.tiers(2020))).isEqualTo(13); // the roster and twelve cycles
        assertThat(oneChild.load(2020, OneChildRewardDemo.tiers(2020))).isZero();
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is("ONE_CHILD_REWARD-2020-11")), "payment_cycles");
        assertThat(oneChild.load(2020, OneChildRewardDemo.tiers(2020))).as("an interrupted load is completed").isEqualTo(1);

        JsonNode line = json.readTree(api("dashboard", "livelihood:read").get().uri("/api/v1/livelihood/summary/2020/report")
                .retrieve().body(String.class)).get("lines").get("oneChildRewards");
        assertThat(line.get("amountYuan").decimalValue()).isEqualByComparingTo("45784900.00");
        assertThat(line.get("yearEnd").get("households").asLong()).isEqualTo(37_000);
        assertThat(line.get("paidAtLeastOnce").get("households").asLong()).isEqualTo(39_211);
        assertThat(mongo.getCollection("persons").countDocuments()).as("no person documents for the families").isLessThan(1_000);
    }
}
