package cn.gov.zhushan.plan.livelihood.registry;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the registry. Personal data arrives here in plain text and is sealed before it is stored. */
public final class PersonRequests {

    private PersonRequests() {
    }

    public record RegisterPerson(
            @NotBlank @ValidResidentId String idNumber,
            @NotBlank @Size(max = 50) String name,
            @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "must be a mobile or landline number") String phone,
            @Size(max = 200) String address,
            @NotBlank @Size(max = 60) String community,
            @Min(1) @Max(4) Integer disabilityGrade) {

        public RegisterPerson(String idNumber, String name, String phone, String address, String community) {
            this(idNumber, name, phone, address, community, null);
        }
    }

    public record Lookup(@NotBlank @ValidResidentId String idNumber) {
    }

    public record RegisterHousehold(
            @NotNull Household.Residence residence,
            @NotBlank @Size(max = 60) String community,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String headPersonId,
            @NotEmpty @Size(max = 30) List<@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String> memberIds,
            @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal monthlyIncomePerCapita,
            Boolean payoutAccountVerified) {
    }

    public record UpdateHousehold(
            @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal monthlyIncomePerCapita,
            @NotNull Boolean payoutAccountVerified) {
    }
}
