package cn.gov.zhushan.plan.indicator.ranks;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.indicator.observations.ObservationRules;

@RestController
@Validated
@RequestMapping("/api/v1/indicators/{code}/official-ranks")
class OfficialRankController {

    private final OfficialRanks ranks;

    OfficialRankController(OfficialRanks ranks) {
        this.ranks = ranks;
    }

    @Operation(summary = "Record a rank as officially reported (全市第二, 全省前三, 全省前列)",
            description = "Idempotent by indicator + region + period + scope (the scope, city or province, is read from "
                    + "the label). 201 when created, 200 when changed or unchanged. The rank is kept as reported, never "
                    + "recomputed.")
    @PutMapping("/{region}/{period}")
    ResponseEntity<OfficialRank> put(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                                     @PathVariable @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String region,
                                     @PathVariable String period, @Valid @RequestBody OfficialRankRequest body,
                                     @AuthenticationPrincipal Jwt caller) {
        OfficialRanks.Result result = ranks.record(code, region, period, body, caller.getSubject());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.rank());
    }

    @Operation(summary = "The official ranks of one figure")
    @GetMapping("/{region}/{period}")
    List<OfficialRank> get(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                           @PathVariable @Pattern(regexp = "\\d{6}") String region, @PathVariable String period) {
        return ranks.of(code, region, ObservationRules.period(period).toString());
    }
}
