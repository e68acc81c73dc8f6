package cn.gov.zhushan.plan.tourism.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;

import cn.gov.zhushan.plan.platform.test.OpenApiDocument;
import cn.gov.zhushan.plan.platform.scheduling.SchedulerLockAutoConfiguration;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.tourism.alerts.CapacityMonitor;

class SiteCatalogueIT extends PlatformIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CapacityMonitor monitor;
    @Autowired
    SiteDirectory directory;

    @Test
    void theTimedJobsTakeTheirLockInTheServiceDatabaseButTheCacheRefreshDoesNot() {
        // ADR 0007: the timer passes go through the lock proxy and leave one lock document per job
        assertThat(AopUtils.isAopProxy(monitor)).isTrue();
        assertThat(AopUtils.isAopProxy(directory)).as("per-replica cache refresh, not locked").isFalse();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document capacity = mongo.getCollection(SchedulerLockAutoConfiguration.COLLECTION)
                    .find(new Document("_id", "tourism.capacity-monitor")).first();
            assertThat(capacity).isNotNull();
            assertThat(capacity.get("lockedBy")).isNotNull();
            assertThat(mongo.getCollection(SchedulerLockAutoConfiguration.COLLECTION)
                    .find(new Document("_id", "tourism.daily-footfall")).first()).isNotNull();
        });
    }

    @Test
    void theSeededCatalogueIsListedToReaders() {
        ResponseEntity<String> list = api("dashboard", "tourism:read").get().uri("/api/v1/tourism/sites").retrieve()
                .toEntity(String.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody()).contains("TAOYANGLI").contains("陶阳里").contains("\"total\":6");
        assertThat(api("dashboard", "tourism:read").get().uri("/api/v1/tourism/sites/NOPE").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(anonymous().get().uri("/api/v1/tourism/sites").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(api("dashboard", "indicators:read").get().uri("/api/v1/tourism/sites").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void healthProbesAndApiDocsAreOpen() {
        assertThat(anonymous().get().uri("/actuator/health/readiness").retrieve().toEntity(String.class)
                .getBody()).contains("UP");
        String openApi = anonymous().get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(openApi).contains("/api/v1/tourism/sites", "/api/v1/tourism/footfall/readings");
        assertThat(OpenApiDocument.problems(openApi)).as("OpenAPI validity").isEmpty();
    }
}
