package cn.gov.zhushan.plan.project.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.ReadTimings;
import cn.gov.zhushan.plan.project.registry.Project;

/**
 * Not a test (it runs only with {@code -Dscale.benchmark=true}; it checks answers, not durations): loads the demo
 * data (2024's projects, funding, promotion), copies it to 10× and 100× (or {@code -Dscale.factors=...}), each copy
 * moved to earlier years so the 2024 and 2025 answers stay the same, and prints p50/p99 of the 2025 portfolio,
 * 2024's funding totals and promotion statistics through the API. Run:
 * {@code ./mvnw -q -pl project-service -am verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ScaleBenchmarkIT -Dscale.benchmark=true}
 */
@EnabledIfSystemProperty(named = "scale.benchmark", matches = "true")
@TestPropertySource(properties = {"platform.demo-data.enabled=true", "spring.mongodb.database=scale-benchmark"})
class ScaleBenchmarkIT extends PlatformIntegrationTest {

    private static final int WARM_UP = 5;
    private static final ZoneId STORED = ZoneId.systemDefault(); // how Spring Data stores a LocalDate

    @Autowired
    MongoTemplate mongo;

    @Test
    void portfolioFundingTotalsAndPromotion() {
        List<Document> projects = mongo.findAll(Document.class, Project.COLLECTION);
        List<Document> trips = mongo.findAll(Document.class, "promotion_trips");
        List<Document> leads = mongo.findAll(Document.class, "promotion_leads");
        RestClient api = api("bench", "projects:read");
        List<String> paths = List.of("/api/v1/projects/portfolio/2025", "/api/v1/projects/portfolio/2024",
                "/api/v1/projects/funding-totals?year=2024", "/api/v1/projects/promotion/statistics/2024");
        String[] names = {"portfolio 2025", "portfolio 2024", "funding totals 2024", "promotion statistics 2024"};
        List<String> baseline = paths.stream().map(p -> get(api, p)).toList();
        int filled = 1;
        for (int scale : ReadTimings.scales()) {
            for (int copy = filled; copy < scale; copy++) {
                insert(projects, trips, leads, copy);
            }
            filled = Math.max(filled, scale);
            RestClient fresh = api("bench", "projects:read"); // a token lives 5 minutes: a new one per scale
            String size = String.format("%d× (%,d projects, %,d leads)", scale,
                    mongo.getCollection(Project.COLLECTION).countDocuments(),
                    mongo.getCollection("promotion_leads").countDocuments());
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                String expected = baseline.get(i);
                Supplier<String> read = () -> same(path, expected, get(fresh, path));
                ReadTimings.time(names[i], size, WARM_UP, ReadTimings.runs(), read);
            }
        }
    }

    /** Copy k of the demo documents, 2k years earlier (out of 2024 and 2025), without pending events. */
    private void insert(List<Document> projects, List<Document> trips, List<Document> leads, int copy) {
        int years = 2 * copy;
        List<Document> docs = new ArrayList<>();
        for (Document original : projects) {
            Document project = Document.parse(original.toJson());
            project.put("_id", original.get("_id") + "-x" + copy);
            Document plans = new Document();
            Document stored = original.get("annualPlans", Document.class);
            if (stored != null) {
                stored.forEach((year, amount) -> plans.put(Integer.toString(Integer.parseInt(year) - years), amount));
            }
            project.put("annualPlans", plans);
            project.put(Project.PLANNED_YEARS, plans.keySet().stream().map(Integer::valueOf).sorted().toList());
            List<Document> funding = new ArrayList<>();
            for (Document entry : original.getList("funding", Document.class, List.of())) {
                Document moved = new Document(entry).append("date", back(entry.getDate("date"), years));
                List<Document> paid = new ArrayList<>();
                for (Document d : entry.getList("disbursements", Document.class, List.of())) {
                    paid.add(new Document(d).append("date", back(d.getDate("date"), years)));
                }
                funding.add(moved.append("disbursements", paid));
            }
            project.put("funding", funding);
            List<Document> progress = new ArrayList<>();
            for (Document month : original.getList("progress", Document.class, List.of())) {
                progress.add(new Document(month).append("month",
                        YearMonth.parse(month.getString("month")).minusYears(years).toString()));
            }
            project.put("progress", progress);
            project.put("pendingEvents", List.of());
            docs.add(project);
        }
        mongo.getCollection(Project.COLLECTION).insertMany(docs);
        mongo.getCollection("promotion_trips").insertMany(trips.stream().map(t -> new Document(t)
                .append("_id", t.get("_id") + "-x" + copy).append("date", back(t.getDate("date"), years))).toList());
        mongo.getCollection("promotion_leads").insertMany(leads.stream().map(l -> {
            Document lead = new Document(l).append("_id", l.get("_id") + "-x" + copy);
            for (String field : List.of("signedOn", "approvedOn")) {
                if (l.getDate(field) != null) {
                    lead.append(field, back(l.getDate(field), years));
                }
            }
            return lead;
        }).toList());
    }

    private static Date back(Date stored, int years) {
        LocalDate day = stored.toInstant().atZone(STORED).toLocalDate().minusYears(years);
        return Date.from(day.atStartOfDay(STORED).toInstant());
    }

    private String get(RestClient api, String path) {
        ResponseEntity<String> response = api.get().uri(path).retrieve().toEntity(String.class);
        if (response.getStatusCode().value() != 200) {
            throw new IllegalStateException(path + ": " + response.getStatusCode() + " " + response.getBody());
        }
        return response.getBody();
    }

    /** The same answer; every lead's stage (leadsByStatus, not limited to the year) grows with the copies. */
    private static String same(String path, String expected, String actual) {
        if (!withoutStages(expected).equals(withoutStages(actual))) {
            throw new IllegalStateException(path + " changed with data of other years: " + actual);
        }
        return actual;
    }

    private static String withoutStages(String answer) {
        return answer.replaceAll("\"leadsByStatus\":\\{[^}]*\\}", "");
    }
}
