package cn.gov.zhushan.plan.tourism.festivals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/** An event or festival (e.g. the Xujia Kiln opening festival) with venues and attendance. */
@Document("festivals")
public class Festival {

    @Id
    private String code;
    private String nameZh;
    private String nameEn;
    private List<String> venues = new ArrayList<>();
    private LocalDate startDate;
    private LocalDate endDate;
    private Long expectedAttendance;
    private Long actualAttendance;
    private long sequence;
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected Festival() {
    }

    public Festival(String code) {
        this.code = code;
    }

    public void describe(String nameZh, String nameEn, List<String> venues, LocalDate startDate, LocalDate endDate,
                         Long expectedAttendance) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.venues = new ArrayList<>(venues);
        this.startDate = startDate;
        this.endDate = endDate;
        this.expectedAttendance = expectedAttendance;
    }

    /** Returns the event sequence, or 0 if the figure is unchanged. */
    public long recordAttendance(long actual) {
        if (actualAttendance != null && actualAttendance == actual) {
            return 0;
        }
        actualAttendance = actual;
        return ++sequence;
    }

    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public List<String> getVenues() {
        return venues;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Long getExpectedAttendance() {
        return expectedAttendance;
    }

    public Long getActualAttendance() {
        return actualAttendance;
    }

    public long getSequence() {
        return sequence;
    }
}
