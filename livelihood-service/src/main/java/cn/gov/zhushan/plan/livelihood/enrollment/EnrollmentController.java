package cn.gov.zhushan.plan.livelihood.enrollment;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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

import cn.gov.zhushan.plan.livelihood.pii.PersonalDataAccess;
import cn.gov.zhushan.plan.platform.web.PageView;

@RestController
@Validated
@RequestMapping("/api/v1/livelihood/enrollments")
class EnrollmentController {

    /** A state change as every reader sees it: whether it has a reason, not the reason (see {@code /pii}). */
    record StateChangeView(Enrollment.State from, Enrollment.State to, boolean hasReason, String by, Instant at) {
        static StateChangeView of(Enrollment.StateChange c) {
            return new StateChangeView(c.from(), c.to(), c.hasReason(), c.by(), c.at());
        }
    }

    record EnrollmentView(String id, String programCode, String householdId, String personId, Enrollment.State state,
                          Instant enrolledAt, List<StateChangeView> history) {
        static EnrollmentView of(Enrollment e) {
            return new EnrollmentView(e.id(), e.programCode(), e.householdId(), e.personId(), e.state(), e.enrolledAt(),
                    e.history().stream().map(StateChangeView::of).toList());
        }
    }

    /** The reasons of an enrollment's state changes in clear. */
    record UnsealedEnrollment(String id, List<EnrollmentService.Reason> history) {
    }

    private final EnrollmentService service;
    private final EnrollmentRepository enrollments;

    EnrollmentController(EnrollmentService service, EnrollmentRepository enrollments) {
        this.service = service;
        this.enrollments = enrollments;
    }

    @PostMapping
    ResponseEntity<EnrollmentView> enroll(@Valid @RequestBody EnrollmentService.EnrollRequest request,
                                          @AuthenticationPrincipal Jwt caller) {
        Enrollment enrollment = service.enroll(request, caller.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/livelihood/enrollments/" + enrollment.id()))
                .body(EnrollmentView.of(enrollment));
    }

    @GetMapping
    PageView<EnrollmentView> list(@RequestParam @Pattern(regexp = "[A-Z0-9_]{1,40}") String programCode,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(enrollments.findByProgramCode(programCode, PageRequest.of(page, size, Sort.by("enrolledAt", "_id")))
                .map(EnrollmentView::of));
    }

    @GetMapping("/{id}")
    EnrollmentView get(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id) {
        return EnrollmentView.of(service.get(id));
    }

    @GetMapping("/{id}/pii")
    UnsealedEnrollment unsealed(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id, HttpServletRequest request) {
        Enrollment enrollment = service.get(id);
        return new UnsealedEnrollment(enrollment.id(), service.reasons(enrollment, PersonalDataAccess.of(request)));
    }

    @PutMapping("/{id}/state")
    EnrollmentView change(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id,
                          @Valid @RequestBody EnrollmentService.ChangeState request, @AuthenticationPrincipal Jwt caller) {
        return EnrollmentView.of(service.change(id, request, caller.getSubject()));
    }
}
