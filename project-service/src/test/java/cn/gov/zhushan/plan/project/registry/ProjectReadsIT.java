package cn.gov.zhushan.plan.project.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;
import cn.gov.zhushan.plan.platform.test.StoreReads;
import cn.gov.zhushan.plan.project.funding.FundingEntry;
import cn.gov.zhushan.plan.project.funding.FundingSource;
import cn.gov.zhushan.plan.project.funding.FundingStatus;
import cn.gov.zhushan.plan.project.promotion.Lead;
import cn.gov.zhushan.plan.project.promotion.PromotionTrip;

/**
 * A year's portfolio, funding totals and promotion statistics read that year's documents from the store, not
 * every project, trip and lead (watched on the wire by {@link StoreReads}); annual plans are bounded. In a
 * database of its own, so the counts are this test's.
 */
@Import(StoreReads.Recording.class)
@TestPropertySource(properties = "spring.mongodb.database=project-reads")
class ProjectReadsIT extends PlatformIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    StoreReads reads;
    @Autowired
    PlannedYears plannedYears;

    @Test
    void aYearsPortfolioReadsTheProjectsPlannedThatYearOnly() {
        for (int i = 0; i < 30; i++) {
            Project project = project("PF-" + i);
            project.planYear(i < 4 ? 2071 : 2072, new BigDecimal("1000000.10"), "test", Instant.now());
            mongo.insert(project);
        }
        reads.reset();

        JsonNode portfolio = read("/api/v1/projects/portfolio/2071");

        assertThat(portfolio.get("projects").asInt()).isEqualTo(4);
        assertThat(portfolio.get("annualPlannedInvestment").decimalValue()).isEqualByComparingTo("4000000.40");
        assertThat(reads.documentsFrom(Project.COLLECTION)).isEqualTo(4); // the old read took all 30
    }

    @Test
    void aProjectStoredBeforePlannedYearsIsStillInItsPortfolioAndFilledInAtStartUp() {
        Project old = project("PF-OLD");
        old.planYear(2073, new BigDecimal("250"), "test", Instant.now());
        mongo.insert(old);
        mongo.updateFirst(Query.query(Criteria.where("_id").is("PF-OLD")), new Update().unset(Project.PLANNED_YEARS), Project.COLLECTION);

        assertThat(read("/api/v1/projects/portfolio/2073").get("annualPlannedInvestment").decimalValue())
                .isEqualByComparingTo("250");
        plannedYears.afterSingletonsInstantiated();
        Document stored = mongo.findById("PF-OLD", Document.class, Project.COLLECTION);
        assertThat(stored.getList(Project.PLANNED_YEARS, Integer.class)).containsExactly(2073);
        assertThat(indexes(Project.COLLECTION)).contains(PlannedYears.INDEX, "projects_by_funding_date",
                "projects_by_disbursement_date");
    }

    @Test
    void fundingTotalsReadTheProjectsFundedInTheYearOnly() {
        for (int i = 0; i < 20; i++) {
            Project project = project("FT-" + i);
            project.putFunding(new FundingEntry("E" + i, FundingSource.CENTRAL_BUDGET_INVESTMENT, FundingStatus.COMMITTED,
                    new BigDecimal("100.01"), LocalDate.of(i < 3 ? 2074 : 2075, 6, 30), null));
            mongo.insert(project);
        }
        reads.reset();

        JsonNode totals = read("/api/v1/projects/funding-totals?year=2074");

        assertThat(totals.get("total").decimalValue()).isEqualByComparingTo("300.03");
        assertThat(reads.documentsFrom(Project.COLLECTION)).isEqualTo(3);
    }

    @Test
    void promotionStatisticsReadTheYearsTripsAndLeadsOnly() {
        for (int i = 0; i < 10; i++) {
            Lead lead = Lead.open("L-" + i, "公司" + i, "工业", new BigDecimal("200000000"));
            mongo.insert(i < 2 ? lead.approved(LocalDate.of(2076, 3, 1), new BigDecimal("150000000")) : lead);
            mongo.insert(new PromotionTrip("T-" + i, LocalDate.of(i < 2 ? 2076 : 2077, 5, 1), "上海", List.of("L-" + i)));
        }
        reads.reset();

        JsonNode statistics = read("/api/v1/projects/promotion/statistics/2076");

        assertThat(statistics.get("trips").asInt()).isEqualTo(2);
        assertThat(statistics.get("approvedOfOneYiOrMore").asInt()).isEqualTo(2);
        assertThat(statistics.at("/leadsByStatus/OPEN").asInt()).isEqualTo(8);
        assertThat(statistics.at("/leadsByStatus/APPROVED").asInt()).isEqualTo(2);
        assertThat(reads.documentsFrom("promotion_trips")).isEqualTo(2);
        assertThat(reads.documentsFrom("promotion_leads")).isEqualTo(2);
    }

    @Test
    void annualPlansAreYearsFrom2000To2100OnePerYear() {
        Map<String, Object> tooMany = new HashMap<>();
        for (int year = 0; year < 10_000; year++) {
            tooMany.put(String.format("%04d", year), 1);
        }
        ResponseEntity<String> refused = register("PF-MANY", tooMany);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("annualPlans");

        assertThat(register("PF-1999", Map.of("1999", 1)).getStatusCode().value()).isEqualTo(400);
        assertThat(register("PF-2101", Map.of("2101", 1)).getStatusCode().value()).isEqualTo(400);
        assertThat(register("PF-2100", Map.of("2000", 1, "2100", 2)).getStatusCode().value()).isEqualTo(201);
    }

    private ResponseEntity<String> register(String code, Map<String, Object> annualPlans) {
        Map<String, Object> body = Map.of("code", code, "name", "项目" + code, "category", "INDUSTRY",
                "ownerUnit", "珠山区", "totalPlannedInvestment", 1000, "annualPlans", annualPlans);
        return api("writer", "projects:write").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(String.class);
    }

    private JsonNode read(String path) {
        ResponseEntity<String> response = api("reader", "projects:read").get().uri(path).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private static Project project(String code) {
        return new Project(code, new ProjectDescription("项目" + code, ProjectCategory.INDUSTRY, "珠山区", null, null, null,
                false, new BigDecimal("5000000"), null, null));
    }

    private List<String> indexes(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream().map(IndexInfo::getName).toList();
    }
}
