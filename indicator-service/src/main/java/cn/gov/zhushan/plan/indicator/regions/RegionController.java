package cn.gov.zhushan.plan.indicator.regions;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.NotFoundException;

@RestController
@Validated
@RequestMapping("/api/v1/indicators/regions")
class RegionController {

    private final RegionRepository regions;

    RegionController(RegionRepository regions) {
        this.regions = regions;
    }

    @GetMapping
    List<Region> list() {
        return regions.findAll(Sort.by("_id"));
    }

    @GetMapping("/{code}")
    Region get(@PathVariable @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code") String code) {
        return regions.findById(code).orElseThrow(() -> new NotFoundException("No region with code " + code + "."));
    }
}
