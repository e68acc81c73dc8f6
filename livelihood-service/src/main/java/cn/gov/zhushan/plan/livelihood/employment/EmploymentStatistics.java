package cn.gov.zhushan.plan.livelihood.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A year's employment figures as the plan report states them; summed in Java over the year's documents. */
@Service
public class EmploymentStatistics {

    /**
     * @param stations        stations open by the end of the year
     * @param positionsOffered positions of the postings posted in the year (the report's "jobs offered")
     * @param loansGranted    loans disbursed in the year; amounts in yuan, 万元 and 亿元
     */
    public record Year(int year, long stations, long postings, long positionsOffered, long placements, long loansGranted,
                       BigDecimal loanAmountYuan, BigDecimal loanAmountWanYuan, BigDecimal loanAmountYiYuan) {
    }

    private final MongoTemplate mongo;

    public EmploymentStatistics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Year of(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        long stations = mongo.count(Query.query(new Criteria().orOperator(Criteria.where("openedOn").is(null),
                Criteria.where("openedOn").lt(to))), ServiceStation.class);
        Query postingsQuery = Query.query(Criteria.where("datePosted").gte(from).lt(to));
        postingsQuery.fields().include("numberOfPositions");
        // projected into plain documents: the records cannot be built from a projection
        List<Document> postings = mongo.find(postingsQuery, Document.class, mongo.getCollectionName(JobPosting.class));
        long positions = postings.stream().mapToLong(d -> d.getInteger("numberOfPositions", 0)).sum();
        long placements = mongo.count(Query.query(Criteria.where("startDate").gte(from).lt(to)), Placement.class);
        Query loansQuery = Query.query(Criteria.where("grantedOn").gte(from).lt(to));
        loansQuery.fields().include("amount");
        List<Document> loans = mongo.find(loansQuery, Document.class, mongo.getCollectionName(GuaranteedLoan.class));
        BigDecimal amount = loans.stream().map(d -> d.get("amount", Decimal128.class).bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Year(year, stations, postings.size(), positions, placements, loans.size(), amount,
                amount.movePointLeft(4).setScale(2, RoundingMode.HALF_UP), amount.movePointLeft(8).setScale(2, RoundingMode.HALF_UP));
    }
}
