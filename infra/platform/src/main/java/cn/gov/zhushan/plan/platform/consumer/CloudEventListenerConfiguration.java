package cn.gov.zhushan.plan.platform.consumer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * The listener container every CloudEvents consumer uses ({@code containerFactory = "cloudEventListenerFactory"}):
 * offsets committed per record after the handler returned. Failures are handled by their kind
 * ({@link ConsumerErrorHandlers}): a store or broker outage is retried until it is over, a record that can never
 * apply (undecodable, invalid) goes straight to {@code <topic>-dlt} so the partition keeps flowing.
 */
@Configuration(proxyBeanMethods = false)
public class CloudEventListenerConfiguration {

    public static final String FACTORY = "cloudEventListenerFactory";

    @Bean(FACTORY)
    @ConditionalOnMissingBean(name = FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> cloudEventListenerFactory(
            KafkaProperties kafkaProperties, ConsumerErrorHandlers errorHandlers, MeterRegistry meters) {
        Map<String, Object> consumer = new HashMap<>(kafkaProperties.buildConsumerProperties());
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        consumer.put(ErrorHandlingDeserializer.KEY_DESERIALIZER_CLASS, StringDeserializer.class);
        consumer.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");

        ConcurrentKafkaListenerContainerFactory<String, CloudEvent> factory = new ConcurrentKafkaListenerContainerFactory<>();
        DefaultKafkaConsumerFactory<String, CloudEvent> consumerFactory = new DefaultKafkaConsumerFactory<>(consumer);
        // the Kafka client's own metrics (records-lag-max among them) in /actuator/prometheus
        consumerFactory.addListener(new MicrometerConsumerListener<>(meters));
        factory.setConsumerFactory(consumerFactory);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
        factory.getContainerProperties().setObservationEnabled(true);
        factory.setCommonErrorHandler(errorHandlers.forRecords(deadLetters(kafkaProperties)));
        return factory;
    }

    @Bean
    @ConditionalOnMissingBean
    ConsumerErrorClassifier consumerErrorClassifier() {
        return new ConsumerErrorClassifier();
    }

    @Bean
    @ConditionalOnMissingBean
    ConsumerErrorHandlers consumerErrorHandlers(ConsumerErrorClassifier classifier, ConsumerSettings settings,
                                                MeterRegistry meters) {
        return new ConsumerErrorHandlers(classifier, settings, meters);
    }

    private static DeadLetterPublishingRecoverer deadLetters(KafkaProperties kafkaProperties) {
        Map<String, Object> producer = new HashMap<>(kafkaProperties.buildProducerProperties());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(CloudEvent.class, new CloudEventSerializer());
        // the failed record may hold a CloudEvent (handler failed) or raw bytes (it could not be decoded)
        DefaultKafkaProducerFactory<Object, Object> factory = new DefaultKafkaProducerFactory<>(producer,
                null, new DelegatingByTypeSerializer(byType, true));
        factory.setKeySerializer(castSerializer(new StringSerializer()));
        KafkaTemplate<Object, Object> deadLetters = new KafkaTemplate<>(factory);
        return new DeadLetterPublishingRecoverer(deadLetters);
    }

    @SuppressWarnings("unchecked")
    private static Serializer<Object> castSerializer(Serializer<?> serializer) {
        return (Serializer<Object>) serializer;
    }
}
