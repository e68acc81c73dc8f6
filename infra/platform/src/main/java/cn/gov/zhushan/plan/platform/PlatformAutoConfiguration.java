package cn.gov.zhushan.plan.platform;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import jakarta.validation.ClockProvider;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.consumer.CloudEventListenerConfiguration;
import cn.gov.zhushan.plan.platform.consumer.ConsumerSettings;
import cn.gov.zhushan.plan.platform.consumer.IdempotentEventProcessor;
import cn.gov.zhushan.plan.platform.data.PlatformIndexes;
import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.events.EventTracing;
import cn.gov.zhushan.plan.platform.events.EventsProperties;
import cn.gov.zhushan.plan.platform.health.KafkaClusterHealthIndicator;
import cn.gov.zhushan.plan.platform.health.MongoPingHealthIndicator;
import cn.gov.zhushan.plan.platform.idempotency.IdempotencyKeyFilter;
import cn.gov.zhushan.plan.platform.idempotency.IdempotencyProperties;
import cn.gov.zhushan.plan.platform.json.InputLimits;
import cn.gov.zhushan.plan.platform.openapi.PlatformOpenApi;
import cn.gov.zhushan.plan.platform.outbox.OutboxProperties;
import cn.gov.zhushan.plan.platform.outbox.OutboxRelay;
import cn.gov.zhushan.plan.platform.security.PlatformSecurityConfiguration;
import cn.gov.zhushan.plan.platform.seed.Catalogue;
import cn.gov.zhushan.plan.platform.seed.CatalogueSeeder;
import cn.gov.zhushan.plan.platform.seed.CatalogueSeeding;
import cn.gov.zhushan.plan.platform.time.PlatformTime;
import cn.gov.zhushan.plan.platform.web.DateParameterRules;
import cn.gov.zhushan.plan.platform.web.ProblemDetailsAdvice;
import cn.gov.zhushan.plan.platform.web.QueryStringFilter;
import cn.gov.zhushan.plan.platform.web.RequestSizeLimitFilter;
import cn.gov.zhushan.plan.platform.web.WebLimits;

/** The platform's shared mechanisms, wired once for every service. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties({EventsProperties.class, OutboxProperties.class, ConsumerSettings.class, WebLimits.class,
        IdempotencyProperties.class})
@Import({CloudEventListenerConfiguration.class, PlatformSecurityConfiguration.class})
public class PlatformAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PlatformAutoConfiguration.class);

    /** Instants are zone-free; the zone makes {@code LocalDate.now(clock)} a district day. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(PlatformTime.DISTRICT_ZONE);
    }

    /**
     * "Today" for {@code @PastOrPresent}, {@code @Future}...: the platform clock in district time, whatever
     * zone a replaced clock or the JVM has (in UTC, a district day's first eight hours would count as yesterday).
     */
    @Bean
    @ConditionalOnMissingBean
    ClockProvider platformClockProvider(Clock clock) {
        return () -> clock.withZone(PlatformTime.DISTRICT_ZONE);
    }

    @Bean
    ValidationConfigurationCustomizer platformValidationClock(ClockProvider platformClockProvider) {
        return configuration -> configuration.clockProvider(platformClockProvider);
    }

    /** Dates in query and path parameters keep the same range as in bodies. */
    @Bean
    static DateParameterRules dateParameterRules(ObjectProvider<InputLimits> limits) {
        return new DateParameterRules(limits);
    }

    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter() {
        FilterRegistrationBean<QueryStringFilter> registration = new FilterRegistrationBean<>(new QueryStringFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Without a tracer on the class path or in the context, events carry no trace context. */
    @Bean
    @ConditionalOnMissingBean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer) {
        return new EventTracing(tracer.getIfAvailable());
    }

    @Bean
    DomainEvents domainEvents(EventsProperties properties, JsonMapper jsonMapper, Clock clock, EventTracing tracing) {
        return new DomainEvents(properties, jsonMapper, clock, tracing);
    }

    /** CloudEvents in Kafka binary mode, acks=all and idempotence on: the outbox relay's producer. */
    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(KafkaProperties kafkaProperties, MeterRegistry meters) {
        Map<String, Object> producer = new HashMap<>(kafkaProperties.buildProducerProperties());
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // fail a send fast while the broker is away; the outbox keeps the event for the next pass
        producer.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        producer.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        producer.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        DefaultKafkaProducerFactory<String, CloudEvent> producerFactory = new DefaultKafkaProducerFactory<>(producer);
        producerFactory.addListener(new MicrometerProducerListener<>(meters));
        KafkaTemplate<String, CloudEvent> template = new KafkaTemplate<>(producerFactory);
        template.setObservationEnabled(true); // the trace continues across Kafka (traceparent header)
        return template;
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
                            OutboxProperties properties, Clock clock, MeterRegistry meters, EventTracing tracing) {
        return new OutboxRelay(mongo, cloudEventKafkaTemplate, properties, clock, meters, tracing);
    }

    @Bean
    IdempotentEventProcessor idempotentEventProcessor(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        return new IdempotentEventProcessor(mongo, clock, meters);
    }

    @Bean
    OpenApiCustomizer platformOpenApiCustomizer(EventsProperties events, Environment environment) {
        return PlatformOpenApi.customizer(environment.getProperty("spring.application.name", "service"),
                events.domain(), environment.getProperty("platform.openapi.token-url", "/oauth2/token"));
    }

    @Bean
    CatalogueSeeder catalogueSeeder(JsonMapper jsonMapper) {
        return new CatalogueSeeder(jsonMapper);
    }

    @Bean
    CatalogueSeeding catalogueSeeding(CatalogueSeeder seeder, ObjectProvider<Catalogue<?, ?>> catalogues) {
        return new CatalogueSeeding(seeder, catalogues.orderedStream().toList());
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebLimits limits) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits.maxRequestSize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After Spring Security (order -100), so the stored answers are kept per authenticated client. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(MongoTemplate mongo, Clock clock,
                                                                     IdempotencyProperties properties,
                                                                     Environment environment) {
        if (properties.usesDevKey() && !environment.acceptsProfiles(Profiles.of("local | test"))) {
            log.warn("platform.idempotency.hmac-key is not set: request fingerprints use the public development "
                    + "key. Set it from a Secret (PLATFORM_IDEMPOTENCY_HMAC_KEY).");
        }
        FilterRegistrationBean<IdempotencyKeyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyKeyFilter(mongo, clock, properties));
        registration.setOrder(0);
        return registration;
    }

    @Bean
    PlatformIndexes platformIndexes(MongoTemplate mongo, IdempotencyProperties idempotency, ConsumerSettings consumer,
                                    OutboxProperties outbox) {
        return new PlatformIndexes(mongo, idempotency, consumer, outbox);
    }

    @Bean
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    KafkaClusterHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaClusterHealthIndicator(kafkaAdmin);
    }
}
