package cn.gov.zhushan.plan.livelihood.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the employment API. */
public final class EmploymentRequests {

    static final String ID = "[A-Za-z0-9-]{1,64}";
    static final String STATION_ID = "[A-Z0-9-]{1,40}";

    private EmploymentRequests() {
    }

    public record CreateStation(
            @NotBlank @Pattern(regexp = STATION_ID, message = "must be 1-40 upper-case letters, digits or '-'") String id,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 60) String community,
            @NotBlank @Size(max = 200) String address,
            @NotBlank @Size(max = 100) String openingHours,
            LocalDate openedOn) {
    }

    /** schema.org MonetaryAmount with a QuantitativeValue range: yuan (CNY) per month. */
    public record BaseSalary(
            @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal minValue,
            @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal maxValue) {
    }

    public record CreatePosting(
            @NotBlank @Size(max = 120) String title,
            @NotBlank @Size(max = 120) String hiringOrganization,
            @NotBlank @Size(max = 200) String jobLocation,
            @NotBlank @Pattern(regexp = STATION_ID) String stationId,
            @NotNull @Valid BaseSalary baseSalary,
            @NotNull EmploymentType employmentType,
            @NotNull LocalDate datePosted,
            @NotNull LocalDate validThrough,
            @NotNull @Min(1) @Max(10_000) Integer numberOfPositions,
            @Size(max = 2000) String description) {
    }

    public record RegisterSeeker(
            @NotBlank @Pattern(regexp = ID) String personId,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 40) String> skills,
            @Size(max = 100) String desiredJob,
            @Pattern(regexp = STATION_ID) String stationId) {
    }

    public record RecordPlacement(
            @NotBlank @Pattern(regexp = ID) String postingId,
            @NotBlank @Pattern(regexp = ID) String seekerId,
            @NotNull LocalDate startDate) {
    }

    public record ApplyForLoan(
            @NotBlank @Pattern(regexp = ID) String applicantPersonId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 100) String bank,
            LocalDate appliedOn) {
    }

    public record ChangeLoanStatus(@NotNull LoanStatus status, LocalDate on) {
    }
}
