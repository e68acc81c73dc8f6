package cn.gov.zhushan.plan.systemtest;

/**
 * Ports of the system-test stack: the launcher's defaults plus 20000, so `./zhushan` (8080, 9092, 27017, ...)
 * may run at the same time. Override the base with -Dsystem-test.port-offset=N.
 */
record Ports(int gateway, int indicator, int project, int livelihood, int tourism, int discovery, int auth,
             int kafka, int kafkaController, int store) {

    static Ports withOffset(int offset) {
        return new Ports(8080 + offset, 8081 + offset, 8082 + offset, 8083 + offset, 8084 + offset,
                8761 + offset, 9000 + offset, 9092 + offset, 9093 + offset, 27017 + offset);
    }

    static Ports configured() {
        return withOffset(Integer.getInteger("system-test.port-offset", 20000));
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gateway;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafka;
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + store;
    }

    int portOf(String service) {
        return switch (service) {
            case SystemStack.INDICATOR -> indicator;
            case SystemStack.PROJECT -> project;
            case SystemStack.LIVELIHOOD -> livelihood;
            case SystemStack.TOURISM -> tourism;
            case SystemStack.GATEWAY -> gateway;
            default -> throw new IllegalArgumentException(service);
        };
    }
}
