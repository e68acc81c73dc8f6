package cn.gov.zhushan.plan.platform.test.probe;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.events.PendingEvent;

/** A state change with its event in the embedded outbox, the way every service writes one. */
@RestController
class ProbeEventController {

    static final String COLLECTION = "probe_things";

    private final MongoTemplate mongo;
    private final DomainEvents events;

    ProbeEventController(MongoTemplate mongo, DomainEvents events) {
        this.mongo = mongo;
        this.events = events;
    }

    @PostMapping("/api/v1/probe/things")
    Map<String, String> create() {
        String id = UUID.randomUUID().toString();
        PendingEvent event = events.create("thing-created", id, "things/" + id, Map.of("id", id));
        mongo.insert(new Document("_id", id).append("pendingEvents",
                List.of(mongo.getConverter().convertToMongoType(event))), COLLECTION);
        return Map.of("id", id, "eventId", event.eventId());
    }
}
