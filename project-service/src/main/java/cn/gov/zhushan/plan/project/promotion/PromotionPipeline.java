package cn.gov.zhushan.plan.project.promotion;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.web.BusinessRuleException;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.ApprovalRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.DealRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.StageRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.LeadRequest;
import cn.gov.zhushan.plan.project.promotion.PromotionRequests.TripRequest;

/** Leads, trips and signed deals of the investment-promotion pipeline (招商引资). */
@Service
public class PromotionPipeline {

    private final LeadRepository leads;
    private final PromotionTripRepository trips;

    public PromotionPipeline(LeadRepository leads, PromotionTripRepository trips) {
        this.leads = leads;
        this.trips = trips;
    }

    /** Creates or describes a lead (idempotent by lead id). */
    public Lead putLead(String leadId, LeadRequest request) {
        Lead lead = leads.findById(leadId)
                .map(l -> l.described(request.company(), request.sector(), request.intendedAmount()))
                .orElse(Lead.open(leadId, request.company(), request.sector(), request.intendedAmount()));
        return leads.save(lead);
    }

    /** Records a trip (idempotent by trip id); every lead met must be known. */
    public PromotionTrip putTrip(String tripId, TripRequest request) {
        List<String> unknown = request.leadIds().stream().distinct().filter(id -> !leads.existsById(id)).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("Unknown leads: " + String.join(", ", unknown) + ".");
        }
        return trips.save(new PromotionTrip(tripId, request.date(), request.destination(),
                request.leadIds().stream().distinct().toList()));
    }

    /** Signs a deal with a lead; signing the same deal again changes nothing, a different one is a 409. */
    public Lead sign(String leadId, DealRequest request) {
        Lead lead = leads.findById(leadId).orElseThrow(() -> new NotFoundException("No lead " + leadId + "."));
        Lead signed = lead.signed(request.signedOn(), request.signedAmount(), request.projectCode());
        if (lead.status() == LeadStatus.SIGNED) {
            if (lead.signedOn().equals(signed.signedOn()) && lead.signedAmount().compareTo(signed.signedAmount()) == 0) {
                return lead;
            }
            throw new ConflictException("Lead " + leadId + " signed a deal on " + lead.signedOn() + " already.");
        }
        LeadStages.requireSignable(lead, request.signedOn());
        return leads.save(signed);
    }

    /** The review meeting approved the lead's project (过会); the same approval again changes nothing. */
    public Lead approve(String leadId, ApprovalRequest request) {
        Lead lead = find(leadId);
        if (lead.approvedOn() != null && lead.approvedOn().equals(request.approvedOn())
                && lead.approvedAmount().compareTo(request.approvedAmount()) == 0) {
            return lead;
        }
        LeadStages.requireApprovable(lead);
        return leads.save(lead.approved(request.approvedOn(), request.approvedAmount()));
    }

    /** 落户, 开工, 投产 after signing; reaching the same stage on the same day again changes nothing. */
    public Lead advance(String leadId, LeadStatus stage, StageRequest request) {
        Lead lead = find(leadId);
        if (lead.status() == stage && request.on().equals(lead.reachedOn().get(stage))) {
            return lead;
        }
        LeadStages.requireAdvance(lead, stage, request.on());
        return leads.save(lead.advanced(stage, request.on()));
    }

    private Lead find(String leadId) {
        return leads.findById(leadId).orElseThrow(() -> new NotFoundException("No lead " + leadId + "."));
    }

    public PromotionStatistics statistics(int year) {
        return PromotionStatistics.of(year, trips.findAll(), leads.findAll());
    }
}
