package cn.gov.zhushan.plan.indicator.analytics;

import java.math.BigDecimal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.indicator.observations.FieldProblem;
import cn.gov.zhushan.plan.indicator.observations.ObservationRules;

/**
 * A pivot over indicators × periods × regions, after DHIS2's analytics API: {@code dx}, {@code pe} and
 * {@code ou} list the items (separated by {@code ;}), the answer is headers + rows (one row per cell with data),
 * as JSON or, with {@code format=csv} or {@code Accept: text/csv}, as CSV. Cells are read by their natural key,
 * so a query costs the number of cells asked for, not the size of the store.
 */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/analytics")
class AnalyticsController {

    static final int MAX_CELLS = 20_000;
    static final List<String> HEADERS = List.of("dx", "pe", "ou", "value", "growthPercent", "growthReported", "status");

    private final AnalyticsQuery analytics;

    AnalyticsController(AnalyticsQuery analytics) {
        this.analytics = analytics;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> query(@RequestParam @NotBlank @Pattern(regexp = "[A-Z0-9_;]{1,2000}", message = "must be indicator codes separated by ;") String dx,
                            @RequestParam @NotBlank @Pattern(regexp = "[0-9QH_;-]{1,2000}", message = "must be periods separated by ;") String pe,
                            @RequestParam @NotBlank @Pattern(regexp = "[0-9;]{1,2000}", message = "must be region codes separated by ;") String ou,
                            @RequestParam(required = false) @Pattern(regexp = "json|csv") String format,
                            @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept) {
        List<String> indicators = items(dx);
        List<String> periods = items(pe).stream().map(p -> ObservationRules.period(p).toString()).distinct().toList();
        List<String> regions = items(ou);
        long cells = (long) indicators.size() * periods.size() * regions.size();
        if (cells > MAX_CELLS) {
            throw FieldProblem.invalid("dx", "× pe × ou asks for " + cells + " cells, at most " + MAX_CELLS);
        }
        AnalyticsQuery.Pivot pivot = analytics.pivot(indicators, periods, regions);
        boolean csv = "csv".equals(format) || format == null && accept != null && accept.contains("text/csv")
                && !accept.contains(MediaType.APPLICATION_JSON_VALUE);
        if (csv) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(toCsv(pivot));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(pivot);
    }

    private static String toCsv(AnalyticsQuery.Pivot pivot) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADERS)).append('\n');
        for (List<Object> row : pivot.rows()) {
            for (int i = 0; i < row.size(); i++) {
                Object cell = row.get(i);
                csv.append(i == 0 ? "" : ",").append(cell == null ? "" : cell instanceof BigDecimal b ? b.toPlainString() : cell);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static List<String> items(String list) {
        return Arrays.stream(list.split(";")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
