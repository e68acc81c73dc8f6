package cn.gov.zhushan.plan.indicator.registry;

import java.util.List;

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

/**
 * The indicator catalogue as its administrators edit it: {@code PUT} needs {@code indicators:admin} (gateway and
 * {@link IndicatorAccessRules}); the change history is readable with {@code indicators:read}.
 */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/catalogue/indicators")
class CatalogueController {

    static final String CODE = "[A-Z0-9_]{1,40}";

    private final CatalogueEditing editing;

    CatalogueController(CatalogueEditing editing) {
        this.editing = editing;
    }

    record Answer(String outcome, Indicator indicator) {
    }

    /** Idempotent by code: 201 when created, 200 when updated or unchanged. */
    @PutMapping("/{code}")
    ResponseEntity<Answer> define(@PathVariable @Pattern(regexp = CODE) String code,
                                  @Valid @RequestBody IndicatorDefinition definition, @AuthenticationPrincipal Jwt caller) {
        CatalogueEditing.Result result = editing.define(code, definition, caller.getSubject());
        return ResponseEntity.status(result.outcome() == CatalogueEditing.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Answer(result.outcome().name(), result.indicator()));
    }

    @GetMapping("/{code}/changes")
    List<CatalogueChange> changes(@PathVariable @Pattern(regexp = CODE) String code) {
        return editing.history(code);
    }
}
