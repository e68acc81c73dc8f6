package cn.gov.zhushan.plan.tourism.festivals;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.platform.web.PageView;
import cn.gov.zhushan.plan.tourism.sites.SiteDirectory;

/** Events and festivals: PUT by code (idempotent), attendance recorded with an event-attendance event. */
@RestController
@Validated
@RequestMapping("/api/v1/tourism/festivals")
class FestivalController {

    static final String CODE = "[A-Z0-9_]{1,40}";

    private final FestivalRepository festivals;
    private final SiteDirectory sites;
    private final DomainEvents events;

    FestivalController(FestivalRepository festivals, SiteDirectory sites, DomainEvents events) {
        this.festivals = festivals;
        this.sites = sites;
        this.events = events;
    }

    @GetMapping
    PageView<Festival> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(festivals.findAll(PageRequest.of(page, size, Sort.by("startDate"))));
    }

    @GetMapping("/{code}")
    Festival get(@PathVariable @Pattern(regexp = CODE) String code) {
        return festivals.findById(code).orElseThrow(() -> new NotFoundException("No festival " + code + "."));
    }

    @PutMapping("/{code}")
    Festival put(@PathVariable @Pattern(regexp = CODE) String code, @Valid @RequestBody FestivalRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw new BusinessRuleException("endDate must not be before startDate.");
        }
        request.venues().forEach(venue -> sites.find(venue)
                .orElseThrow(() -> new BusinessRuleException("Venue " + venue + " is not a known site.")));
        Festival festival = festivals.findById(code).orElseGet(() -> new Festival(code));
        festival.describe(request.nameZh(), request.nameEn(), request.venues(), request.startDate(), request.endDate(),
                request.expectedAttendance());
        return festivals.save(festival);
    }

    /** Records the actual attendance; a changed figure publishes event-attendance. */
    @PutMapping("/{code}/attendance")
    Festival attendance(@PathVariable @Pattern(regexp = CODE) String code, @Valid @RequestBody AttendanceRequest request) {
        Festival festival = get(code);
        long sequence = festival.recordAttendance(request.actualAttendance());
        if (sequence == 0) {
            return festival;
        }
        festival.publish(events.create("event-attendance", code, "festivals/" + code,
                new EventAttendance(code, festival.getNameZh(), festival.getNameEn(), festival.getVenues(),
                        festival.getStartDate(), festival.getEndDate(), festival.getExpectedAttendance(),
                        request.actualAttendance(), sequence)));
        return festivals.save(festival);
    }

    record FestivalRequest(@NotBlank @Size(max = 200) String nameZh, @Size(max = 200) String nameEn,
                           @NotEmpty List<@Pattern(regexp = CODE) String> venues, @NotNull LocalDate startDate,
                           @NotNull LocalDate endDate, @PositiveOrZero Long expectedAttendance) {
    }

    /** @param actualAttendance person-visits */
    record AttendanceRequest(@NotNull @PositiveOrZero Long actualAttendance) {
    }

    /** Data of {@code cn.gov.zhushan.plan.tourism.event-attendance.v1}. */
    record EventAttendance(String festivalCode, String nameZh, String nameEn, List<String> venues, LocalDate startDate,
                           LocalDate endDate, Long expectedAttendance, long actualAttendance, long sequence) {
    }
}
