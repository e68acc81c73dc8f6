package cn.gov.zhushan.plan.local.kafka;

import java.security.SecureRandom;
import java.util.Base64;

/** A KRaft cluster id in Kafka's own Uuid text form, made without loading Kafka classes. */
public final class ClusterId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClusterId() {
    }

    public static String random() {
        while (true) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            // Kafka's Uuid.randomUuid() rejects ids starting with '-': they read as options on a command line.
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
