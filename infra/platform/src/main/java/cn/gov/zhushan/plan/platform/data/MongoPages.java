package cn.gov.zhushan.plan.platform.data;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/** One page of a filtered list with its total, the way every list endpoint of the platform pages. */
public final class MongoPages {

    private MongoPages() {
    }

    public static <T> Page<T> find(MongoTemplate mongo, Criteria criteria, Pageable pageable, Class<T> type) {
        Query query = Query.query(criteria).with(pageable);
        // the total is counted only when the page does not already tell it
        return PageableExecutionUtils.getPage(mongo.find(query, type), pageable,
                () -> mongo.count(Query.query(criteria), type));
    }
}
