package cn.gov.zhushan.plan.livelihood.grievances;

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

/**
 * Grievances and appeals. Views carry no free text; {@code /grievances/{id}/pii} (scope {@code livelihood:pii})
 * returns the description and resolution and is audited.
 */
@RestController
@Validated
@RequestMapping("/api/v1/livelihood/grievances")
class GrievanceController {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    record GrievanceView(String id, String personId, String programCode, Grievance.Kind kind, Grievance.Category category,
                         Grievance.Status status, Instant submittedAt, Instant reviewStartedAt, Instant closedAt,
                         boolean hasResolution, List<Grievance.StatusChange> history) {
        static GrievanceView of(Grievance g) {
            return new GrievanceView(g.id(), g.personId(), g.programCode(), g.kind(), g.category(), g.status(), g.submittedAt(),
                    g.reviewStartedAt(), g.closedAt(), g.resolutionEnc() != null, g.history());
        }
    }

    private final GrievanceService grievances;

    GrievanceController(GrievanceService grievances) {
        this.grievances = grievances;
    }

    @PostMapping
    ResponseEntity<GrievanceView> submit(@Valid @RequestBody GrievanceService.Submit request, @AuthenticationPrincipal Jwt caller) {
        Grievance grievance = grievances.submit(request, caller.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/livelihood/grievances/" + grievance.id())).body(GrievanceView.of(grievance));
    }

    @GetMapping
    PageView<GrievanceView> list(@RequestParam(required = false) Grievance.Status status,
                                 @RequestParam(required = false) @Pattern(regexp = "[A-Z0-9_]{1,40}") String programCode,
                                 @RequestParam(required = false) @Pattern(regexp = ID) String personId,
                                 @RequestParam(required = false) Grievance.Category category,
                                 @RequestParam(required = false) Grievance.Kind kind,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(grievances.list(status, programCode, personId, category, kind,
                PageRequest.of(page, size, Sort.by("submittedAt", "_id"))).map(GrievanceView::of));
    }

    @GetMapping("/{id}")
    GrievanceView get(@PathVariable @Pattern(regexp = ID) String id) {
        return GrievanceView.of(grievances.get(id));
    }

    @GetMapping("/{id}/pii")
    GrievanceService.Unsealed unsealed(@PathVariable @Pattern(regexp = ID) String id, HttpServletRequest request) {
        return grievances.unsealed(grievances.get(id), PersonalDataAccess.of(request));
    }

    @PutMapping("/{id}/status")
    GrievanceView change(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody GrievanceService.ChangeStatus request,
                         @AuthenticationPrincipal Jwt caller) {
        return GrievanceView.of(grievances.change(id, request, caller.getSubject()));
    }
}
