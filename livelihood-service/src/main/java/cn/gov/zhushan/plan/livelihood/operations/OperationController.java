package cn.gov.zhushan.plan.livelihood.operations;

import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The status of a background command; clients poll it after a 202 until it is SUCCEEDED or FAILED. */
@RestController
@Validated
class OperationController {

    private final Operations operations;

    OperationController(Operations operations) {
        this.operations = operations;
    }

    @GetMapping(Operations.PATH + "{id}")
    OperationView get(@PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String id) {
        return OperationView.of(operations.get(id));
    }
}
