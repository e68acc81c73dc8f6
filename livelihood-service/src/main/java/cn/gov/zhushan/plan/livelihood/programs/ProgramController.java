package cn.gov.zhushan.plan.livelihood.programs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.platform.web.PageView;

@RestController
@Validated
@RequestMapping("/api/v1/livelihood/programs")
class ProgramController {

    private final SubsidyProgramRepository programs;

    ProgramController(SubsidyProgramRepository programs) {
        this.programs = programs;
    }

    @GetMapping
    PageView<SubsidyProgram> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(programs.findAll(PageRequest.of(page, size, Sort.by("_id"))));
    }

    @GetMapping("/{code}")
    SubsidyProgram get(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code) {
        return programs.findById(code).orElseThrow(() -> new NotFoundException("No program with code " + code + "."));
    }
}
