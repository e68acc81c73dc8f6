package cn.gov.zhushan.plan.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * A service's AsyncAPI document as data, so a test can hold the code and the contract together (every
 * event type the service publishes is documented, every channel is a topic it uses).
 */
public final class AsyncApiDocument {

    public static final String LOCATION = "static/asyncapi/asyncapi.yaml";

    private final Map<String, Object> root;

    private AsyncApiDocument(Map<String, Object> root) {
        this.root = root;
    }

    public static AsyncApiDocument load() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return new AsyncApiDocument(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("No AsyncAPI document at classpath:" + LOCATION, e);
        }
    }

    public String version() {
        return String.valueOf(root.get("asyncapi"));
    }

    /** The {@code name} of every message under components (the CloudEvents type). */
    public Set<String> messageNames() {
        Set<String> names = new TreeSet<>();
        section("components", "messages").values().forEach(message ->
                names.add(String.valueOf(((Map<?, ?>) message).get("name"))));
        return names;
    }

    /** The address (topic) of every channel. */
    public Set<String> channelAddresses() {
        Set<String> addresses = new TreeSet<>();
        section("channels").values().forEach(channel -> addresses.add(String.valueOf(((Map<?, ?>) channel).get("address"))));
        return addresses;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String... path) {
        Map<String, Object> node = root;
        for (String key : path) {
            node = (Map<String, Object>) node.getOrDefault(key, Map.of());
        }
        return node;
    }
}
