package cn.gov.zhushan.plan.local.stack;

import java.util.Map;
import java.util.Optional;

/**
 * MongoDB and Kafka that the user points at by setting the same environment variables the services
 * read. A set variable means "use mine": the launcher then does not start its embedded counterpart.
 */
public record ExternalEndpoints(Optional<String> mongoUri, Optional<String> kafkaBootstrap) {

    public static final String MONGO_ENV = "SPRING_MONGODB_URI";
    public static final String KAFKA_ENV = "SPRING_KAFKA_BOOTSTRAP_SERVERS";

    public static ExternalEndpoints fromEnv(Map<String, String> env) {
        return new ExternalEndpoints(nonBlank(env.get(MONGO_ENV)), nonBlank(env.get(KAFKA_ENV)));
    }

    public boolean startStore() {
        return mongoUri.isEmpty();
    }

    public boolean startKafka() {
        return kafkaBootstrap.isEmpty();
    }

    /**
     * The URI one service gets. A user URI without a database gets the service's own database
     * inserted, so services keep separate databases; a user URI naming a database is passed as is.
     */
    public String mongoUriFor(String database, String embeddedHostPort) {
        return mongoUri.map(uri -> withDefaultDatabase(uri, database))
                .orElse("mongodb://" + embeddedHostPort + "/" + database);
    }

    public String kafkaBootstrapOr(String embedded) {
        return kafkaBootstrap.orElse(embedded);
    }

    static String withDefaultDatabase(String uri, String database) {
        int schemeEnd = uri.indexOf("://");
        if (schemeEnd < 0) {
            return uri; // not a URI we understand: the user knows best
        }
        int authorityStart = schemeEnd + 3;
        int slash = uri.indexOf('/', authorityStart);
        int query = uri.indexOf('?', authorityStart);
        if (slash < 0 || (query >= 0 && query < slash)) {
            int insertAt = query < 0 ? uri.length() : query;
            return uri.substring(0, insertAt) + "/" + database + uri.substring(insertAt);
        }
        int pathEnd = query < 0 ? uri.length() : query;
        if (slash + 1 == pathEnd) {
            return uri.substring(0, slash + 1) + database + uri.substring(pathEnd);
        }
        return uri;
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
