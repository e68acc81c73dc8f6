package cn.gov.zhushan.plan.tourism.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/** A site's current capacity alert level; its events wait in the embedded outbox. */
@Document("capacity_alerts")
public class CapacityAlert {

    @Id
    private String siteCode;
    private AlertLevel level = AlertLevel.NORMAL;
    private long occupancy;
    private int capacity;
    private Instant changedAt;
    private long sequence;
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected CapacityAlert() {
    }

    public CapacityAlert(String siteCode) {
        this.siteCode = siteCode;
    }

    public void change(AlertLevel next, long occupancy, int capacity, Instant at) {
        this.level = next;
        this.occupancy = occupancy;
        this.capacity = capacity;
        this.changedAt = at;
    }

    public long nextSequence() {
        return ++sequence;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    public String getSiteCode() {
        return siteCode;
    }

    public AlertLevel getLevel() {
        return level;
    }

    public long getOccupancy() {
        return occupancy;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getSequence() {
        return sequence;
    }
}
