package cn.gov.zhushan.plan.livelihood.payments;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.livelihood.operations.Operation;
import cn.gov.zhushan.plan.livelihood.operations.OperationView;

@RestController
@Validated
@RequestMapping("/api/v1/livelihood/cycles")
class PaymentCycleController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String CYCLE_ID = "[A-Z0-9_]{1,40}-\\d{4}-(0[1-9]|1[0-2])";

    record OpenCycle(@NotBlank @Pattern(regexp = "[A-Z0-9_]{1,40}") String programCode,
                     @NotBlank @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month like 2024-09") String period) {
    }

    record SubmitPayment(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String enrollmentId) {
    }

    record CycleView(String id, String programCode, String period, PaymentCycle.State state, String createdBy,
                     Instant createdAt, String approvedBy, Instant approvedAt, Instant distributedAt, Instant reconciledAt,
                     CycleTotals entitled, CycleTotals paid, int failedPayments, boolean demo) {
        static CycleView of(PaymentCycle c) {
            return new CycleView(c.id(), c.programCode(), c.period(), c.state(), c.createdBy(), c.createdAt(), c.approvedBy(),
                    c.approvedAt(), c.distributedAt(), c.reconciledAt(), c.entitled(), c.paid(), c.failedPayments(), c.demo());
        }
    }

    private final PaymentCycles cycles;
    private final MongoTemplate mongo;

    PaymentCycleController(PaymentCycles cycles, MongoTemplate mongo) {
        this.cycles = cycles;
        this.mongo = mongo;
    }

    /**
     * 202: the cycle exists in DRAFTING and its entitlements are computed in the background; poll the
     * operation at {@code Location}. Asked again while that runs: the same operation.
     */
    @PostMapping
    @ApiResponse(responseCode = "202", description = "Queued (or already under way): the cycle is DRAFTING; poll Location",
            headers = @Header(name = "Location", description = "the operation, /api/v1/livelihood/operations/{id}"))
    @ApiResponse(responseCode = "409", description = "The cycle already exists")
    @ApiResponse(responseCode = "422", description = "Unknown program, or a future month")
    ResponseEntity<OperationView> open(@Valid @RequestBody OpenCycle request, @AuthenticationPrincipal Jwt caller,
                                       @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return accepted(cycles.requestDraft(request.programCode(), YearMonth.parse(request.period()), caller.getSubject(), key));
    }

    private static ResponseEntity<OperationView> accepted(Operation operation) {
        OperationView view = OperationView.of(operation);
        return ResponseEntity.accepted().location(view.location()).body(view);
    }

    @GetMapping
    List<CycleView> list(@RequestParam @Pattern(regexp = "[A-Z0-9_]{1,40}") String programCode,
                         @RequestParam(required = false) @Pattern(regexp = "\\d{4}") String year) {
        Criteria criteria = Criteria.where("programCode").is(programCode);
        if (year != null) {
            criteria = criteria.and("period").regex("^" + year + "-");
        }
        return mongo.find(Query.query(criteria).with(Sort.by("period")), PaymentCycle.class).stream().map(CycleView::of).toList();
    }

    @GetMapping("/{id}")
    CycleView get(@PathVariable @Pattern(regexp = CYCLE_ID) String id) {
        return CycleView.of(cycles.get(id));
    }

    @PostMapping("/{id}/approve")
    CycleView approve(@PathVariable @Pattern(regexp = CYCLE_ID) String id, @AuthenticationPrincipal Jwt caller) {
        return CycleView.of(cycles.approve(id, caller.getSubject()));
    }

    /** 202 with the operation that pays the approved cycle in the background; 409 for a cycle not approved yet. */
    @PostMapping("/{id}/distribute")
    @ApiResponse(responseCode = "202", description = "Queued (or already under way); poll Location",
            headers = @Header(name = "Location", description = "the operation, /api/v1/livelihood/operations/{id}"))
    @ApiResponse(responseCode = "409", description = "The cycle is not approved yet")
    ResponseEntity<OperationView> distribute(@PathVariable @Pattern(regexp = CYCLE_ID) String id,
                                             @AuthenticationPrincipal Jwt caller,
                                             @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return accepted(cycles.requestDistribute(id, caller.getSubject(), key));
    }

    /** 202 with the operation that retries failed payments and closes the cycle; 409 for a cycle not distributed yet. */
    @PostMapping("/{id}/reconcile")
    @ApiResponse(responseCode = "202", description = "Queued (or already under way); poll Location",
            headers = @Header(name = "Location", description = "the operation, /api/v1/livelihood/operations/{id}"))
    @ApiResponse(responseCode = "409", description = "The cycle is not distributed yet")
    ResponseEntity<OperationView> reconcile(@PathVariable @Pattern(regexp = CYCLE_ID) String id,
                                            @AuthenticationPrincipal Jwt caller,
                                            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return accepted(cycles.requestReconcile(id, caller.getSubject(), key));
    }

    @GetMapping("/{id}/payments")
    List<Payment> payments(@PathVariable @Pattern(regexp = CYCLE_ID) String id,
                           @RequestParam(required = false) Payment.Status status) {
        cycles.get(id);
        return cycles.payments(id, status);
    }

    @PostMapping("/{id}/payments")
    Payment submit(@PathVariable @Pattern(regexp = CYCLE_ID) String id, @Valid @RequestBody SubmitPayment request) {
        return cycles.submit(id, request.enrollmentId());
    }
}
