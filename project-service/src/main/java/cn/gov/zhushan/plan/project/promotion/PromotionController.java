package cn.gov.zhushan.plan.project.promotion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.project.promotion.PromotionRequests.ApprovalRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.DealRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.StageRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.LeadRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.TripRequest;

@RestController
@Validated
@RequestMapping("/api/v1/projects/promotion")
class PromotionController {

    private static final String ID = "[A-Za-z0-9-]{1,40}";

    private final PromotionPipeline pipeline;

    PromotionController(PromotionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @PutMapping("/leads/{leadId}")
    Lead putLead(@PathVariable @Pattern(regexp = ID) String leadId, @Valid @RequestBody LeadRequest request) {
        return pipeline.putLead(leadId, request);
    }

    @PutMapping("/leads/{leadId}/deal")
    Lead sign(@PathVariable @Pattern(regexp = ID) String leadId, @Valid @RequestBody DealRequest request) {
        return pipeline.sign(leadId, request);
    }

    @PutMapping("/leads/{leadId}/approval")
    Lead approve(@PathVariable @Pattern(regexp = ID) String leadId, @Valid @RequestBody ApprovalRequest request) {
        return pipeline.approve(leadId, request);
    }

    /** 落户 (SETTLED), 开工 (CONSTRUCTION_STARTED), 投产 (IN_PRODUCTION). */
    @PutMapping("/leads/{leadId}/stages/{stage}")
    Lead advance(@PathVariable @Pattern(regexp = ID) String leadId, @PathVariable LeadStatus stage,
                 @Valid @RequestBody StageRequest request) {
        return pipeline.advance(leadId, stage, request);
    }

    @PutMapping("/trips/{tripId}")
    PromotionTrip putTrip(@PathVariable @Pattern(regexp = ID) String tripId, @Valid @RequestBody TripRequest request) {
        return pipeline.putTrip(tripId, request);
    }

    @GetMapping("/statistics/{year}")
    PromotionStatistics statistics(@PathVariable @Min(2000) @Max(2100) int year) {
        return pipeline.statistics(year);
    }
}
