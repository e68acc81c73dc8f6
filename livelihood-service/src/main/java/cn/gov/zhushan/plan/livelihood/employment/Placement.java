package cn.gov.zhushan.plan.livelihood.employment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * A seeker placed in a posting's position. Unique per posting and seeker; its placement-recorded event is
 * written with it (the embedded outbox).
 */
@Document("placements")
public record Placement(@Id String id, String postingId, String seekerId, String stationId, LocalDate startDate,
                        Instant recordedAt, String recordedBy, List<PendingEvent> pendingEvents) {

    public Placement {
        pendingEvents = pendingEvents == null ? new ArrayList<>() : pendingEvents;
    }
}
