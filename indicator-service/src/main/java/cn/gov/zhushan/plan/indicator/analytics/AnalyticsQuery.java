package cn.gov.zhushan.plan.indicator.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.indicator.observations.Observation;

/**
 * The pivot itself: the cells dx × pe × ou are read by their natural key ({@code _id $in}), which the store
 * answers from its primary index, and only the current figures are fetched (no revisions, no outbox).
 */
@Component
public class AnalyticsQuery {

    /**
     * Ids per query: the embedded store finds them by its primary index but then re-checks every hit against the
     * whole {@code $in} list, so the cost grows with the square of the batch; small batches keep it linear.
     */
    static final int ID_BATCH = 100;

    private final MongoTemplate mongo;

    public AnalyticsQuery(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Header(String name, String column, String valueType) {
    }

    public record Pivot(List<Header> headers, List<List<Object>> rows, int rowCount, Map<String, List<String>> dimensions) {
    }

    public Pivot pivot(List<String> indicators, List<String> periods, List<String> regions) {
        List<String> ids = new ArrayList<>();
        for (String d : indicators) {
            for (String p : periods) {
                for (String o : regions) {
                    ids.add(Observation.idOf(d, o, p));
                }
            }
        }
        Map<String, org.bson.Document> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ID_BATCH) {
            Query query = Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + ID_BATCH))));
            query.fields().include("current");
            for (org.bson.Document document : mongo.find(query, org.bson.Document.class, Observation.COLLECTION)) {
                found.put(document.getString("_id"), document);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (String d : indicators) {
            for (String p : periods) {
                for (String o : regions) {
                    org.bson.Document document = found.get(Observation.idOf(d, o, p));
                    if (document == null || !(document.get("current") instanceof org.bson.Document current)) {
                        continue;
                    }
                    rows.add(Arrays.asList(d, p, o, decimal(current.get("value")), decimal(current.get("growthPercent")),
                            current.getBoolean("growthReported", false), current.getString("status")));
                }
            }
        }
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        dimensions.put("dx", indicators);
        dimensions.put("pe", periods);
        dimensions.put("ou", regions);
        List<Header> headers = List.of(new Header("dx", "Data", "TEXT"), new Header("pe", "Period", "TEXT"),
                new Header("ou", "Organisation unit", "TEXT"), new Header("value", "Value", "NUMBER"),
                new Header("growthPercent", "Year-on-year growth, %", "NUMBER"),
                new Header("growthReported", "Growth as reported", "BOOLEAN"), new Header("status", "Status", "TEXT"));
        return new Pivot(headers, rows, rows.size(), dimensions);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof org.bson.types.Decimal128 d) {
            return d.bigDecimalValue();
        }
        return value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

}
