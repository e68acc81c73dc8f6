package cn.gov.zhushan.plan.livelihood.employment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.PageView;

/**
 * Employment: stations, postings, seekers, placements, guaranteed loans and the yearly figures. Reads need
 * {@code livelihood:read}; every write here needs {@code employment:write} (see LivelihoodSecurityConfiguration).
 */
@RestController
@Validated
@RequestMapping("/api/v1/livelihood/employment")
class EmploymentController {

    private static final String ID = EmploymentRequests.ID;
    private static final String STATION_ID = EmploymentRequests.STATION_ID;

    record StationView(String id, String name, String community, String address, String openingHours, LocalDate openedOn) {
        static StationView of(ServiceStation s) {
            return new StationView(s.id(), s.name(), s.community(), s.address(), s.openingHours(), s.openedOn());
        }
    }

    /** schema.org MonetaryAmount: yuan per month. */
    record BaseSalaryView(String currency, String unitText, BigDecimal minValue, BigDecimal maxValue) {
    }

    record PostingView(String id, String title, String hiringOrganization, String jobLocation, String stationId,
                       BaseSalaryView baseSalary, EmploymentType employmentType, LocalDate datePosted,
                       LocalDate validThrough, int numberOfPositions, int placements, int remainingPositions,
                       String description) {
        static PostingView of(JobPosting p) {
            return new PostingView(p.id(), p.title(), p.hiringOrganization(), p.jobLocation(), p.stationId(),
                    new BaseSalaryView("CNY", "MONTH", p.salaryMin(), p.salaryMax()), p.employmentType(), p.datePosted(),
                    p.validThrough(), p.numberOfPositions(), p.placements(), p.numberOfPositions() - p.placements(),
                    p.description());
        }
    }

    record SeekerView(String id, String personId, List<String> skills, String desiredJob, String stationId,
                      Instant registeredAt) {
        static SeekerView of(JobSeeker s) {
            return new SeekerView(s.id(), s.personId(), s.skills(), s.desiredJob(), s.stationId(), s.registeredAt());
        }
    }

    record PlacementView(String id, String postingId, String seekerId, String stationId, LocalDate startDate,
                         Instant recordedAt) {
        static PlacementView of(Placement p) {
            return new PlacementView(p.id(), p.postingId(), p.seekerId(), p.stationId(), p.startDate(), p.recordedAt());
        }
    }

    private final EmploymentService service;
    private final EmploymentStatistics statistics;
    private final MongoTemplate mongo;

    EmploymentController(EmploymentService service, EmploymentStatistics statistics,
                         MongoTemplate mongo) {
        this.service = service;
        this.statistics = statistics;
        this.mongo = mongo;
    }

    @PostMapping("/stations")
    ResponseEntity<StationView> createStation(@Valid @RequestBody EmploymentRequests.CreateStation request,
                                              @AuthenticationPrincipal Jwt caller) {
        ServiceStation station = service.createStation(request, caller.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/livelihood/employment/stations/" + station.id()))
                .body(StationView.of(station));
    }

    @GetMapping("/stations")
    List<StationView> stations() {
        return mongo.find(new Query().with(Sort.by("_id")), ServiceStation.class)
                .stream().map(StationView::of).toList();
    }

    @GetMapping("/stations/{id}")
    StationView station(@PathVariable @Pattern(regexp = STATION_ID) String id) {
        return StationView.of(service.station(id));
    }

    @PostMapping("/postings")
    ResponseEntity<PostingView> post(@Valid @RequestBody EmploymentRequests.CreatePosting request,
                                     @AuthenticationPrincipal Jwt caller) {
        JobPosting posting = service.post(request, caller.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/livelihood/employment/postings/" + posting.id()))
                .body(PostingView.of(posting));
    }

    @GetMapping("/postings")
    PageView<PostingView> postings(@RequestParam(required = false) @Pattern(regexp = STATION_ID) String stationId,
                                   @RequestParam(required = false) EmploymentType employmentType,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openOn,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(service.postings(stationId, employmentType, openOn,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "datePosted").and(Sort.by("_id")))).map(PostingView::of));
    }

    @GetMapping("/postings/{id}")
    PostingView posting(@PathVariable @Pattern(regexp = ID) String id) {
        return PostingView.of(service.posting(id));
    }

    @PostMapping("/seekers")
    ResponseEntity<SeekerView> registerSeeker(@Valid @RequestBody EmploymentRequests.RegisterSeeker request,
                                              @AuthenticationPrincipal Jwt caller) {
        JobSeeker seeker = service.registerSeeker(request, caller.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/livelihood/employment/seekers/" + seeker.id()))
                .body(SeekerView.of(seeker));
    }

    @GetMapping("/seekers")
    PageView<SeekerView> seekers(@RequestParam(required = false) @Pattern(regexp = STATION_ID) String stationId,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(service.seekers(stationId, PageRequest.of(page, size, Sort.by("registeredAt", "_id")))
                .map(SeekerView::of));
    }

    @GetMapping("/seekers/{id}")
    SeekerView seeker(@PathVariable @Pattern(regexp = ID) String id) {
        return SeekerView.of(service.seeker(id));
    }

    @PostMapping("/placements")
    ResponseEntity<PlacementView> place(@Valid @RequestBody EmploymentRequests.RecordPlacement request,
                                        @AuthenticationPrincipal Jwt caller) {
        Placement placement = service.place(request, caller.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/livelihood/employment/placements/" + placement.id()))
                .body(PlacementView.of(placement));
    }

    @GetMapping("/placements")
    PageView<PlacementView> placements(@RequestParam(required = false) @Pattern(regexp = ID) String postingId,
                                       @RequestParam(required = false) @Pattern(regexp = ID) String seekerId,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(service.placements(postingId, seekerId, PageRequest.of(page, size, Sort.by("recordedAt", "_id")))
                .map(PlacementView::of));
    }

    @GetMapping("/placements/{id}")
    PlacementView placement(@PathVariable @Pattern(regexp = ID) String id) {
        return PlacementView.of(service.placement(id));
    }

    @GetMapping("/statistics/{year}")
    EmploymentStatistics.Year statistics(@PathVariable @Min(2000) @Max(2100) int year) {
        return statistics.of(year);
    }
}
