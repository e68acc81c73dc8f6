package cn.gov.zhushan.plan.platform.test.probe;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.json.MultilineText;

/** Echoes what the platform let through, so a test sees the values a service would get. */
@RestController
class ProbeController {

    record Numbers(BigDecimal amount, Double latitude, double ratio, List<BigDecimal> items) {
    }

    record Dates(@PastOrPresent LocalDate day, LocalDate optionalDay, Instant at, LocalDateTime localAt,
                 OffsetDateTime offsetAt, YearMonth month) {
    }

    record Texts(String name, String description, @MultilineText String body, List<String> tags) {
    }

    @PostMapping("/api/v1/probe/texts")
    Texts texts(@RequestBody Texts texts) {
        return texts;
    }

    private final java.util.concurrent.atomic.AtomicInteger commands = new java.util.concurrent.atomic.AtomicInteger();

    record Lookup(String idNumber) {
    }

    @PostMapping("/api/v1/probe/commands")
    Map<String, Object> command(@RequestBody Lookup command) {
        return Map.of("run", commands.incrementAndGet(), "idNumber", command.idNumber());
    }

    @PostMapping("/api/v1/probe/persons/lookup")
    Map<String, Object> lookup(@RequestBody Lookup lookup) {
        return Map.of("run", commands.incrementAndGet(), "idNumber", lookup.idNumber(), "name", "张三");
    }

    @PostMapping("/api/v1/probe/numbers")
    Numbers numbers(@RequestBody Numbers numbers) {
        return numbers;
    }

    @PostMapping("/api/v1/probe/dates")
    Dates dates(@Valid @RequestBody Dates dates) {
        return dates;
    }

    @GetMapping("/api/v1/probe/dates")
    Map<String, Object> dates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(name = "until", required = false) LocalDate to,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                              @RequestParam(defaultValue = "0") int page) {
        return Map.of("from", String.valueOf(from), "until", String.valueOf(to), "asOf", String.valueOf(asOf),
                "page", page);
    }

    @GetMapping("/api/v1/probe/days/{day}")
    Map<String, Object> day(@PathVariable LocalDate day) {
        return Map.of("day", day.toString());
    }
}
