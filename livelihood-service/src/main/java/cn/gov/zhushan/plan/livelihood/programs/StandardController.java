package cn.gov.zhushan.plan.livelihood.programs;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's standards with the month each takes effect; setting one needs {@code livelihood:admin} (and
 * {@code livelihood:write}, which the gateway asks of every write). Each change is kept in the standard's history.
 */
@RestController
@Validated
@RequestMapping("/api/v1/livelihood/programs/{code}/standards")
class StandardController {

    record SetStandard(@NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal monthlyAmount,
                       @NotBlank @Size(max = 200) String reason) {
    }

    private final BenefitStandards standards;

    StandardController(BenefitStandards standards) {
        this.standards = standards;
    }

    @GetMapping
    List<BenefitStandard> list(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code) {
        return standards.of(code);
    }

    @PutMapping("/{effectiveFrom}")
    BenefitStandard set(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                        @PathVariable @Pattern(regexp = "(19|20)\\d{2}-(0[1-9]|1[0-2])") String effectiveFrom,
                        @Valid @RequestBody SetStandard request, @AuthenticationPrincipal Jwt caller) {
        return standards.set(code, YearMonth.parse(effectiveFrom), request.monthlyAmount(), request.reason(), caller.getSubject());
    }
}
