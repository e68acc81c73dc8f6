package cn.gov.zhushan.plan.indicator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics this service writes and reads, created at start-up when missing (a no-op where the platform's
 * operator already manages them). A consumer subscribed to a topic that does not exist yet would only notice it
 * at its next metadata refresh (minutes), so the first events of a new producer would wait that long.
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics planTopics() {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name("plan.indicators.v1").partitions(3).build(),
                TopicBuilder.name("plan.projects.v1").partitions(3).build(),
                TopicBuilder.name("plan.tourism.v1").partitions(3).build(),
                TopicBuilder.name("plan.livelihood.v1").partitions(3).build());
    }
}
