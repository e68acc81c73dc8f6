package cn.gov.zhushan.plan.tourism.footfall;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import cn.gov.zhushan.plan.platform.consumer.ConsumerErrorHandlers;
import cn.gov.zhushan.plan.platform.consumer.CountingDeadLetters;

/**
 * The raw footfall topic: plain JSON readings keyed by site code (so one site's readings stay in one
 * partition and in order), written with {@code acks=all} and idempotence, read in batches.
 */
@Configuration(proxyBeanMethods = false)
class RawFootfallKafka {

    static final String TEMPLATE = "rawFootfallKafkaTemplate";
    static final String FACTORY = "rawFootfallListenerFactory";
    static final String DEAD_LETTERS = "rawFootfallDeadLetters";
    /**
     * Marks a record as part of a history import (past days, e.g. the demo year or a counter's buffered
     * backlog): it is counted although it is older than the grace period. Only producers trusted with the
     * raw topic can set it, the same ones that can send readings at all (a topic ACL in production).
     */
    static final String HISTORY_HEADER = "zhushan-history";

    @Bean
    NewTopic rawFootfallTopic(FootfallProperties properties) {
        return TopicBuilder.name(FootfallProperties.RAW_TOPIC).partitions(properties.rawPartitions()).build();
    }

    @Bean(TEMPLATE)
    KafkaTemplate<String, String> rawFootfallKafkaTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> producer = new HashMap<>(kafkaProperties.buildProducerProperties());
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // throughput: a 10,000-reading batch fills a few large producer batches instead of many small ones
        producer.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        producer.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        producer.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        producer.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        producer.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
    }

    /** Readings that can never be counted go to {@code plan.tourism.footfall-raw.v1-dlt}, one by one. */
    @Bean(DEAD_LETTERS)
    CountingDeadLetters rawFootfallDeadLetters(KafkaProperties kafkaProperties, ConsumerErrorHandlers errorHandlers) {
        Map<String, Object> dlt = new HashMap<>(kafkaProperties.buildProducerProperties());
        dlt.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        dlt.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        dlt.put(ProducerConfig.ACKS_CONFIG, "all");
        dlt.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        KafkaTemplate<Object, Object> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(dlt));
        return errorHandlers.deadLetters(new DeadLetterPublishingRecoverer(deadLetters));
    }

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, String> rawFootfallListenerFactory(
            KafkaProperties kafkaProperties, FootfallProperties properties, ConsumerErrorHandlers errorHandlers,
            @Qualifier(DEAD_LETTERS) CountingDeadLetters deadLetters) {
        Map<String, Object> consumer = new HashMap<>(kafkaProperties.buildConsumerProperties());
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        consumer.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 16 * 1024 * 1024);
        consumer.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);

        ConcurrentKafkaListenerContainerFactory<String, String> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(consumer));
        factory.setBatchListener(true);
        factory.setConcurrency(properties.consumerConcurrency());
        // offsets are committed after the batch was applied; a redelivered batch is harmless (see FootfallAggregator)
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        // bad readings are dead-lettered by the listener one by one, never thrown: what it throws (the store or
        // the broker away) retries the whole poll until it applies, with no dead-lettering of good readings
        factory.setCommonErrorHandler(errorHandlers.forBatches(deadLetters));
        return factory;
    }
}
