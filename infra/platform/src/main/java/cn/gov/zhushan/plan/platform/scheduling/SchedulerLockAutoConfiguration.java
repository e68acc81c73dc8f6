package cn.gov.zhushan.plan.platform.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Scheduled jobs marked {@code @SchedulerLock} run on one replica per period: ShedLock's Mongo provider keeps
 * one document per job in {@value #COLLECTION} of the service's own database (ADR 0007). Without this
 * configuration ({@code platform.scheduler-lock.enabled=false}) the annotations are inert and every replica
 * runs every job, as before.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnClass({LockProvider.class, MongoLockProvider.class, MongoTemplate.class})
@ConditionalOnBean(MongoTemplate.class)
@ConditionalOnProperty(prefix = "platform.scheduler-lock", name = "enabled", havingValue = "true", matchIfMissing = true)
// a crashed holder blocks its job for at most this long unless the job says otherwise
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class SchedulerLockAutoConfiguration {

    /** One document per job: {@code _id} = job name, {@code lockUntil}, {@code lockedAt}, {@code lockedBy}. */
    public static final String COLLECTION = "scheduled_locks";

    @Bean
    @ConditionalOnMissingBean
    LockProvider scheduledJobLockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getCollection(COLLECTION));
    }
}
