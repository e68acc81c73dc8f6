package cn.gov.zhushan.plan.tourism.daily;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/** The last published totals of one site's day; a change is saved with its footfall-daily event in one write. */
@Document("footfall_days")
public class DailyFootfall {

    @Id
    private String id;
    private String siteCode;
    private String day;
    private long in;
    private long out;
    private long peakOccupancy;
    private long sequence;
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected DailyFootfall() {
    }

    public DailyFootfall(String siteCode, String day) {
        this.id = idOf(siteCode, day);
        this.siteCode = siteCode;
        this.day = day;
    }

    public static String idOf(String siteCode, String day) {
        return siteCode + "|" + day;
    }

    public boolean sameAs(long in, long out, long peakOccupancy) {
        return sequence > 0 && this.in == in && this.out == out && this.peakOccupancy == peakOccupancy;
    }

    /** Records new totals and returns the sequence of the event that announces them. */
    public long update(long in, long out, long peakOccupancy) {
        this.in = in;
        this.out = out;
        this.peakOccupancy = peakOccupancy;
        return ++sequence;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    public String getSiteCode() {
        return siteCode;
    }

    public String getDay() {
        return day;
    }

    public long getIn() {
        return in;
    }

    public long getOut() {
        return out;
    }

    public long getPeakOccupancy() {
        return peakOccupancy;
    }

    public long getSequence() {
        return sequence;
    }
}
