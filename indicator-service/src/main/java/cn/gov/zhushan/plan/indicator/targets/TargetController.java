package cn.gov.zhushan.plan.indicator.targets;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.NotFoundException;

@RestController
@Validated
@RequestMapping("/api/v1/indicators")
class TargetController {

    private final TargetSetting setting;
    private final TargetRepository targets;

    TargetController(TargetSetting setting, TargetRepository targets) {
        this.setting = setting;
        this.targets = targets;
    }

    /** Idempotent by indicator + region + year: 201 when created, 200 when changed or unchanged. */
    @PutMapping("/{code}/targets/{region}/{year}")
    ResponseEntity<TargetView> put(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                                   @PathVariable @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String region,
                                   @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody TargetRequest body,
                                   @AuthenticationPrincipal Jwt caller) {
        TargetSetting.Result result = setting.set(code, region, year, body, caller.getSubject());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(setting.view(result.target()));
    }

    @GetMapping("/{code}/targets/{region}/{year}")
    TargetView get(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                   @PathVariable @Pattern(regexp = "\\d{6}") String region, @PathVariable @Min(2000) @Max(2100) int year) {
        return setting.view(targets.findById(Target.idOf(code, region, year)).orElseThrow(() ->
                new NotFoundException("No target for " + code + " in region " + region + " for " + year + ".")));
    }

    @GetMapping("/targets")
    List<TargetView> forYear(@RequestParam @Min(2000) @Max(2100) int year) {
        return targets.findByYearOrderByIdAsc(year).stream().map(setting::view).toList();
    }
}
