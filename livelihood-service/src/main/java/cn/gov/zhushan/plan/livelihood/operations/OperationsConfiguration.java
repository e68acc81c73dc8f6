package cn.gov.zhushan.plan.livelihood.operations;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The indexes the queue relies on: one queued-or-running operation per natural key and one per
 * Idempotency-Key (both sparse: a finished operation has no natural key, most have no Idempotency-Key),
 * and the workers' claim query.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationProperties.class)
class OperationsConfiguration {

    @Bean
    SmartInitializingSingleton operationIndexes(MongoTemplate mongo) {
        return () -> {
            var indexes = mongo.indexOps(Operation.class);
            indexes.createIndex(new Index().on("activeKey", Sort.Direction.ASC).unique().sparse().named("uk_operation_active"));
            indexes.createIndex(new Index().on("requestKey", Sort.Direction.ASC).unique().sparse().named("uk_operation_request"));
            indexes.createIndex(new Index().on("state", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC));
        };
    }
}
