package cn.gov.zhushan.plan.livelihood.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Data of the employment events on {@code plan.livelihood.v1}: aggregates only. No person id, name or ID
 * number, and no employer or title either (an employer can be a sole trader, i.e. a person).
 */
public final class EmploymentEvents {

    public static final String JOB_POSTED = "job-posted";
    public static final String PLACEMENT_RECORDED = "placement-recorded";
    public static final String LOAN_GRANTED = "loan-granted";

    private EmploymentEvents() {
    }

    /** @param salaryMin, salaryMax yuan per month */
    public record JobPosted(String postingId, String stationId, EmploymentType employmentType, int numberOfPositions,
                            BigDecimal salaryMin, BigDecimal salaryMax, LocalDate datePosted, LocalDate validThrough) {

        static JobPosted of(JobPosting p) {
            return new JobPosted(p.id(), p.stationId(), p.employmentType(), p.numberOfPositions(), p.salaryMin(),
                    p.salaryMax(), p.datePosted(), p.validThrough());
        }
    }

    /** Counts on the posting after this placement; which seeker it was is deliberately absent. */
    public record PlacementRecorded(String postingId, String stationId, int placements, int numberOfPositions,
                                    int remainingPositions, LocalDate recordedOn) {
    }

    /** @param amount yuan */
    public record LoanGranted(String loanId, String bank, BigDecimal amount, LocalDate grantedOn) {
    }
}
