package cn.gov.zhushan.plan.tourism.complaints;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.security.ApiAccessRules;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.platform.web.PageView;
import cn.gov.zhushan.plan.tourism.footfall.DistrictTime;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/** Complaints and refunds (Open311-like), their statistics and satisfaction. */
@RestController
@Validated
@RequestMapping("/api/v1/tourism/complaints")
class ComplaintController {

    private final ComplaintRepository complaints;
    private final ComplaintFigures statistics;
    private final SiteDirectory sites;
    private final DomainEvents events;
    private final Clock clock;

    ComplaintController(ComplaintRepository complaints, ComplaintFigures statistics, SiteDirectory sites,
                        DomainEvents events, Clock clock) {
        this.complaints = complaints;
        this.statistics = statistics;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    /** Files a complaint; the same Idempotency-Key from the same caller returns the first one (200). */
    @PostMapping
    ResponseEntity<Complaint> file(@Valid @RequestBody ComplaintRequest request,
                                   @RequestHeader(name = "Idempotency-Key", required = false)
                                   @Size(max = 100) String idempotencyKey,
                                   @AuthenticationPrincipal Jwt caller) {
        String key = idempotencyKey == null ? null : caller.getSubject() + ":" + idempotencyKey;
        // the id derives from caller + Idempotency-Key, so a retried POST finds (or collides with) the first one
        String id = "C-" + (key == null ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (key != null) {
            var earlier = complaints.findById(id);
            if (earlier.isPresent()) {
                return ResponseEntity.ok(earlier.get());
            }
        }
        if (request.siteCode() != null) {
            sites.find(request.siteCode())
                    .orElseThrow(() -> new BusinessRuleException("Site " + request.siteCode() + " is not known."));
        }
        Instant now = clock.instant();
        Instant requestedAt = request.requestedAt() == null ? now : request.requestedAt();
        if (requestedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new BusinessRuleException("requestedAt cannot be in the future.");
        }
        Complaint complaint = new Complaint(id, key, request.category(), request.description(),
                request.siteCode(), request.agency(), requestedAt);
        return ResponseEntity.status(HttpStatus.CREATED).body(complaints.insert(complaint));
    }

    /** Free text is masked for readers without {@code tourism:write} (visitors write phone and ID numbers into it). */
    @GetMapping
    PageView<ComplaintView> list(@RequestParam(required = false) Complaint.Status status,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                 Authentication caller) {
        PageRequest paging = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "requestedAt"));
        boolean unmasked = canWrite(caller);
        return PageView.of((status == null ? complaints.findAll(paging) : complaints.findByStatus(status, paging))
                .map(c -> ComplaintView.of(c, unmasked)));
    }

    @GetMapping("/{id}")
    ComplaintView read(@PathVariable @Pattern(regexp = "C-[0-9a-f-]{36}") String id, Authentication caller) {
        return ComplaintView.of(get(id), canWrite(caller));
    }

    private Complaint get(String id) {
        return complaints.findById(id).orElseThrow(() -> new NotFoundException("No complaint " + id + "."));
    }

    private static boolean canWrite(Authentication caller) {
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> ApiAccessRules.scope("tourism:write").equals(a.getAuthority()));
    }

    /** Closes the complaint with its refund (yuan) and publishes complaint-resolved. */
    @PostMapping("/{id}/resolution")
    Complaint resolve(@PathVariable @Pattern(regexp = "C-[0-9a-f-]{36}") String id,
                      @Valid @RequestBody ResolutionRequest request) {
        Complaint complaint = get(id);
        if (complaint.getStatus() == Complaint.Status.CLOSED) {
            throw new ConflictException("Complaint " + id + " is already resolved.");
        }
        Instant now = clock.instant();
        BigDecimal refund = request.refundAmount() == null ? BigDecimal.ZERO : request.refundAmount();
        complaint.resolve(request.resolution(), refund, now);
        complaint.publish(events.create("complaint-resolved", id, "complaints/" + id,
                new ComplaintResolved(id, complaint.getCategory(), complaint.getSiteCode(), complaint.getAgency(),
                        refund, "CNY", complaint.getRequestedAt(), now)));
        return complaints.save(complaint);
    }

    /** The visitor's satisfaction score (1-5) for a resolved complaint. */
    @PutMapping("/{id}/satisfaction")
    Complaint rate(@PathVariable @Pattern(regexp = "C-[0-9a-f-]{36}") String id,
                   @Valid @RequestBody SatisfactionRequest request) {
        Complaint complaint = get(id);
        if (complaint.getStatus() != Complaint.Status.CLOSED) {
            throw new BusinessRuleException("Only a resolved complaint can be rated.");
        }
        complaint.rate(request.score(), clock.instant());
        return complaints.save(complaint);
    }

    /** Complaints requested from {@code from} to {@code to} (Asia/Shanghai days, inclusive), optionally of one category. */
    @GetMapping("/statistics")
    ComplaintStatistics statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) Complaint.Category category) {
        if (to.isBefore(from)) {
            throw new BusinessRuleException("'to' must not be before 'from'.");
        }
        return ComplaintStatistics.of(statistics.requestedBetween(from.atStartOfDay(DistrictTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(DistrictTime.ZONE).toInstant(), category));
    }

    record ComplaintRequest(@NotNull Complaint.Category category, @NotBlank @Size(max = 2000) String description,
                            @Pattern(regexp = "[A-Z0-9_]{1,40}") String siteCode,
                            @NotBlank @Size(max = 200) String agency, Instant requestedAt) {
    }

    /** @param refundAmount yuan, at most two decimals */
    record ResolutionRequest(@NotBlank @Size(max = 2000) String resolution,
                             @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal refundAmount) {
    }

    record SatisfactionRequest(@NotNull @Min(1) @Max(5) Integer score) {
    }

    /** Data of {@code cn.gov.zhushan.plan.tourism.complaint-resolved.v1}; refund in yuan. */
    record ComplaintResolved(String complaintId, Complaint.Category category, String siteCode, String agency,
                             BigDecimal refundAmount, String currency, Instant requestedAt, Instant resolvedAt) {
    }
}
