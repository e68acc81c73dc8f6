package cn.gov.zhushan.plan.indicator.bench;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.indicator.analytics.AnalyticsQuery;
import cn.gov.zhushan.plan.indicator.observations.Observation;

/**
 * Not a test (verify does not run it): loads 10 years × 12 months × 50 indicators × 5 regions = 30,000
 * observations into the embedded MongoDB-compatible store over the wire protocol, then times analytics pivots
 * (query + JSON serialisation, without HTTP) and prints p50/p99. Run:
 * {@code ./mvnw -o -q -pl indicator-service test-compile exec:java -Dexec.mainClass=cn.gov.zhushan.plan.indicator.bench.AnalyticsBenchmark -Dexec.classpathScope=test}
 */
public final class AnalyticsBenchmark {

    static final int YEARS = 10;
    static final int INDICATORS = 50;
    static final List<String> REGIONS = List.of("360200", "360202", "360203", "360222", "360281");

    public static void main(String[] args) {
        MongoServer server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> collection = client.getDatabase("bench").getCollection(Observation.COLLECTION);
            long start = System.nanoTime();
            load(collection);
            System.out.printf("loaded %d observations in %.1f s%n", collection.countDocuments(),
                    (System.nanoTime() - start) / 1e9);
            AnalyticsQuery analytics = new AnalyticsQuery(new MongoTemplate(client, "bench"));
            JsonMapper json = JsonMapper.builder().build();
            Random random = new Random(42);
            run("dashboard: 5 indicators x 12 months x 5 regions (300 cells)", analytics, json, random, 5, 12, 5);
            run("series: 1 indicator x 120 months x 1 region (120 cells)", analytics, json, random, 1, 120, 1);
            run("wide: 10 indicators x 120 months x 5 regions (6,000 cells)", analytics, json, random, 10, 120, 5);
        } finally {
            server.shutdownNow();
        }
    }

    private static void load(MongoCollection<Document> collection) {
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            for (String region : REGIONS) {
                for (int year = 2015; year < 2015 + YEARS; year++) {
                    for (int month = 1; month <= 12; month++) {
                        String period = year + "-" + (month < 10 ? "0" : "") + month;
                        BigDecimal value = BigDecimal.valueOf(100 + i + month + (year - 2015) * 5L, 1);
                        Document current = new Document("value", new Decimal128(value)).append("growthPercent", null)
                                .append("growthReported", false).append("status", "FINAL")
                                .append("sourceDepartment", "statistics-bureau").append("recordedBy", "bench");
                        batch.add(new Document("_id", Observation.idOf(code(i), region, period)).append("indicatorCode", code(i))
                                .append("regionCode", region).append("period", period).append("periodType", "MONTHLY")
                                .append("year", year).append("periodIndex", month).append("current", current)
                                .append("revisions", List.of()).append("pendingEvents", List.of()).append("version", 0L));
                        if (batch.size() == 5000) {
                            collection.insertMany(batch);
                            batch.clear();
                        }
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
    }

    private static String code(int i) {
        return "IND_" + (i < 10 ? "0" : "") + i;
    }

    private static void run(String name, AnalyticsQuery analytics, JsonMapper json, Random random, int dx, int months,
                            int ou) {
        int warmup = 50;
        int runs = 300;
        long[] nanos = new long[runs];
        int rows = 0;
        for (int r = 0; r < warmup + runs; r++) {
            List<String> indicators = new ArrayList<>();
            int first = random.nextInt(INDICATORS - dx + 1);
            for (int i = 0; i < dx; i++) {
                indicators.add(code(first + i));
            }
            int startMonth = random.nextInt(YEARS * 12 - months + 1);
            List<String> periods = new ArrayList<>();
            for (int m = startMonth; m < startMonth + months; m++) {
                int year = 2015 + m / 12;
                int month = m % 12 + 1;
                periods.add(year + "-" + (month < 10 ? "0" : "") + month);
            }
            List<String> regions = REGIONS.subList(0, ou);
            long t0 = System.nanoTime();
            AnalyticsQuery.Pivot pivot = analytics.pivot(indicators, periods, regions);
            byte[] body = json.writeValueAsBytes(pivot);
            long elapsed = System.nanoTime() - t0;
            if (r >= warmup) {
                nanos[r - warmup] = elapsed;
                rows = pivot.rowCount() + (body.length > 0 ? 0 : 1);
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-62s rows=%5d  p50=%6.2f ms  p99=%6.2f ms  max=%6.2f ms%n", name, rows,
                nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, nanos[runs - 1] / 1e6);
    }
}
