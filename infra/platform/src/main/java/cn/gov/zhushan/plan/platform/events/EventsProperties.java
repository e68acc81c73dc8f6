package cn.gov.zhushan.plan.platform.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which domain this service publishes for.
 *
 * @param domain the domain in topic and type names, e.g. {@code projects}
 * @param source the CloudEvents source, e.g. {@code /zhushan/project-service}
 * @param topic  the topic; defaults to {@code plan.<domain>.v1}
 */
@ConfigurationProperties("platform.events")
public record EventsProperties(String domain, String source, String topic) {

    public EventsProperties {
        domain = domain == null || domain.isBlank() ? "platform" : domain;
        source = source == null || source.isBlank() ? "/zhushan/" + domain : source;
        topic = topic == null || topic.isBlank() ? EventTypes.topic(domain) : topic;
    }
}
