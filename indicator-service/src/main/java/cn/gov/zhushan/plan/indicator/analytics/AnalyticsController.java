package cn.gov.zhushan.plan.indicator.analytics;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.indicator.analytics.sdmx.SdmxDataflow;
import cn.gov.zhushan.plan.indicator.analytics.sdmx.SdmxExport;
import cn.gov.zhushan.plan.indicator.observations.FieldProblem;
import cn.gov.zhushan.plan.indicator.observations.ObservationRules;

/**
 * A pivot over indicators × periods × regions, after DHIS2's analytics API: {@code dx}, {@code pe} and
 * {@code ou} list the items (separated by {@code ;}), the answer is headers + rows (one row per cell with data),
 * as JSON or, with {@code format=csv} or {@code Accept: text/csv}, as CSV; or as SDMX 3.0 data (SDMX-JSON 2.0.0 or
 * SDMX-CSV 2.0.0, by {@code format=sdmx-json|sdmx-csv} or SDMX's media types) with indicator, region and period as
 * the dimensions. Cells are read by their natural key,
 * so a query costs the number of cells asked for, not the size of the store.
 */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/analytics")
class AnalyticsController {

    static final int MAX_CELLS = 20_000;
    static final List<String> HEADERS = List.of("dx", "pe", "ou", "value", "growthPercent", "growthReported", "status");

    private final AnalyticsQuery analytics;
    private final SdmxExport sdmx;

    AnalyticsController(AnalyticsQuery analytics, SdmxExport sdmx) {
        this.analytics = analytics;
        this.sdmx = sdmx;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", SdmxDataflow.JSON_MEDIA_TYPE, SdmxDataflow.CSV_MEDIA_TYPE})
    ResponseEntity<?> query(@RequestParam @NotBlank @Pattern(regexp = "[A-Z0-9_;]{1,2000}", message = "must be indicator codes separated by ;") String dx,
                            @RequestParam @NotBlank @Pattern(regexp = "[0-9QH_;-]{1,2000}", message = "must be periods separated by ;") String pe,
                            @RequestParam @NotBlank @Pattern(regexp = "[0-9;]{1,2000}", message = "must be region codes separated by ;") String ou,
                            @RequestParam(required = false) @Pattern(regexp = AnalyticsFormat.PARAMETER_PATTERN) String format,
                            @RequestHeader(value = "Accept", required = false) String accept) {
        List<String> indicators = items(dx);
        List<String> periods = items(pe).stream().map(p -> ObservationRules.period(p).toString()).distinct().toList();
        List<String> regions = items(ou);
        long cells = (long) indicators.size() * periods.size() * regions.size();
        if (cells > MAX_CELLS) {
            throw FieldProblem.invalid("dx", "× pe × ou asks for " + cells + " cells, at most " + MAX_CELLS);
        }
        AnalyticsQuery.Pivot pivot = analytics.pivot(indicators, periods, regions);
        AnalyticsFormat answer = AnalyticsFormat.negotiate(format, accept);
        Object body = switch (answer) {
            case JSON -> pivot;
            case CSV -> PivotCsv.write(HEADERS, pivot.rows());
            case SDMX_JSON -> sdmx.json(pivot, indicators, periods, regions);
            case SDMX_CSV -> sdmx.csv(pivot, indicators);
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(answer.mediaType())).body(body);
    }

    private static List<String> items(String list) {
        return Arrays.stream(list.split(";")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
