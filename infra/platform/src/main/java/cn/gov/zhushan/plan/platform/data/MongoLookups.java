package cn.gov.zhushan.plan.platform.data;

import org.springframework.data.mongodb.core.MongoTemplate;

import cn.gov.zhushan.plan.platform.web.NotFoundException;

/** A document by its id, or the platform's 404 ("No job posting P-1."). */
public final class MongoLookups {

    private MongoLookups() {
    }

    /** @param name what the document is, in words, e.g. {@code "job posting"} */
    public static <T> T require(MongoTemplate mongo, String id, Class<T> type, String name) {
        T document = mongo.findById(id, type);
        if (document == null) {
            throw new NotFoundException("No " + name + " " + id + ".");
        }
        return document;
    }
}
