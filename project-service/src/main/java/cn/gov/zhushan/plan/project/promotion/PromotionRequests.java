package cn.gov.zhushan.plan.project.promotion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the promotion pipeline. Amounts in yuan. */
public final class PromotionRequests {

    private PromotionRequests() {
    }

    public record LeadRequest(@NotBlank @Size(max = 200) String company, @NotBlank @Size(max = 100) String sector,
                              @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal intendedAmount) {
    }

    public record TripRequest(@NotNull @PastOrPresent LocalDate date, @NotBlank @Size(max = 200) String destination,
                              @NotEmpty @Size(max = 100) List<@Pattern(regexp = "[A-Za-z0-9-]{1,40}") String> leadIds) {
    }

    public record DealRequest(@NotNull @PastOrPresent LocalDate signedOn,
                              @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2) BigDecimal signedAmount,
                              @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String projectCode) {
    }

    /** 过会: the review meeting's approval and the investment it approved. */
    public record ApprovalRequest(@NotNull @PastOrPresent LocalDate approvedOn,
                                  @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2) BigDecimal approvedAmount) {
    }

    /** The day a stage after signing was reached. */
    public record StageRequest(@NotNull @PastOrPresent LocalDate on) {
    }
}
