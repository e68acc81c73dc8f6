package cn.gov.zhushan.plan.platform.test.probe;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Echoes what the platform let through, so a test sees the values a service would get. */
@RestController
class ProbeController {

    record Numbers(BigDecimal amount, Double latitude, double ratio, List<BigDecimal> items) {
    }

    @PostMapping("/api/v1/probe/numbers")
    Numbers numbers(@RequestBody Numbers numbers) {
        return numbers;
    }
}
