package cn.gov.zhushan.plan.livelihood.employment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/**
 * A job offered through a station, after schema.org JobPosting. {@code placements} counts the placements
 * recorded on it and only grows by a conditional update that keeps it at most {@code numberOfPositions}.
 *
 * @param salaryMin  baseSalary minValue, yuan per month
 * @param salaryMax  baseSalary maxValue, yuan per month
 */
@Document("job_postings")
public record JobPosting(@Id String id, String title, String hiringOrganization, String jobLocation, String stationId,
                         BigDecimal salaryMin, BigDecimal salaryMax, EmploymentType employmentType, LocalDate datePosted,
                         LocalDate validThrough, int numberOfPositions, int placements, String description,
                         Instant createdAt, String createdBy, boolean demo, List<PendingEvent> pendingEvents) {

    public JobPosting {
        pendingEvents = pendingEvents == null ? new ArrayList<>() : pendingEvents;
    }
}
