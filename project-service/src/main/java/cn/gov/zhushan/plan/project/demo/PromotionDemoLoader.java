package cn.gov.zhushan.plan.project.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.project.promotion.LeadRepository;
import cn.gov.zhushan.plan.project.promotion.PromotionPipeline;
import cn.gov.zhushan.plan.project.promotion.PromotionTripRepository;

/**
 * Loads {@link DemoPromotion2024} through the pipeline the API uses. Each lead, approval and trip is
 * checked on its own, so a load interrupted half-way is completed by the next start; what exists is left alone.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class PromotionDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PromotionDemoLoader.class);

    private final PromotionPipeline pipeline;
    private final LeadRepository leads;
    private final PromotionTripRepository trips;

    PromotionDemoLoader(PromotionPipeline pipeline, LeadRepository leads, PromotionTripRepository trips) {
        this.pipeline = pipeline;
        this.leads = leads;
        this.trips = trips;
    }

    @Override
    public void run(ApplicationArguments args) {
        int written = 0;
        for (DemoPromotion2024.DemoLead demo : DemoPromotion2024.leads()) {
            if (!leads.existsById(demo.leadId())) {
                pipeline.putLead(demo.leadId(), demo.lead());
                written++;
            }
            if (demo.approval() != null && leads.findById(demo.leadId()).orElseThrow().approvedOn() == null) {
                pipeline.approve(demo.leadId(), demo.approval());
                written++;
            }
        }
        for (DemoPromotion2024.DemoTrip demo : DemoPromotion2024.trips()) {
            if (!trips.existsById(demo.tripId())) {
                pipeline.putTrip(demo.tripId(), demo.trip());
                written++;
            }
        }
        log.info("Demo data: 2024 investment promotion checked, {} writes needed", written);
    }
}
