package cn.gov.zhushan.plan.livelihood.employment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.PageView;

/** Guaranteed start-up loans; writes need {@code employment:write}. */
@RestController
@Validated
@RequestMapping("/api/v1/livelihood/employment/loans")
class LoanController {

    private static final String ID = EmploymentRequests.ID;

    record LoanView(String id, String applicantPersonId, BigDecimal amount, String bank, LoanStatus status,
                    LocalDate appliedOn, LocalDate grantedOn, List<GuaranteedLoan.StatusChange> history) {
        static LoanView of(GuaranteedLoan l) {
            return new LoanView(l.id(), l.applicantPersonId(), l.amount(), l.bank(), l.status(), l.appliedOn(), l.grantedOn(),
                    l.history());
        }
    }

    private final LoanService loans;

    LoanController(LoanService loans) {
        this.loans = loans;
    }

    @PostMapping
    ResponseEntity<LoanView> apply(@Valid @RequestBody EmploymentRequests.ApplyForLoan request, @AuthenticationPrincipal Jwt caller) {
        GuaranteedLoan loan = loans.apply(request, caller.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/livelihood/employment/loans/" + loan.id())).body(LoanView.of(loan));
    }

    @GetMapping
    PageView<LoanView> list(@RequestParam(required = false) LoanStatus status,
                            @RequestParam(required = false) @Size(max = 100) String bank,
                            @RequestParam(required = false) @Min(2000) @Max(2100) Integer grantedYear,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(loans.list(status, bank, grantedYear, PageRequest.of(page, size, Sort.by("createdAt", "_id")))
                .map(LoanView::of));
    }

    @GetMapping("/{id}")
    LoanView get(@PathVariable @Pattern(regexp = ID) String id) {
        return LoanView.of(loans.get(id));
    }

    @PutMapping("/{id}/status")
    LoanView change(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody EmploymentRequests.ChangeLoanStatus request,
                    @AuthenticationPrincipal Jwt caller) {
        return LoanView.of(loans.change(id, request, caller.getSubject()));
    }
}
