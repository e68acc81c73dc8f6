package cn.gov.zhushan.plan.project.promotion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
    private final MongoTemplate mongo;

    public PromotionPipeline(LeadRepository leads, PromotionTripRepository trips, MongoTemplate mongo) {
        this.leads = leads;
        this.trips = trips;
        this.mongo = mongo;
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

    /**
     * The year's trips and the leads signed or approved in it, read by indexed dates ({@link PromotionIndexes}),
     * and every lead's stage counted by the store: no read of every trip and lead.
     */
    public PromotionStatistics statistics(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        Query yearTrips = new Query(Criteria.where("date").gte(from).lt(to));
        Query yearLeads = new Query(new Criteria().orOperator(Criteria.where("signedOn").gte(from).lt(to),
                Criteria.where("approvedOn").gte(from).lt(to)));
        Map<LeadStatus, Integer> byStatus = new TreeMap<>();
        for (LeadStatus status : LeadStatus.values()) {
            long count = mongo.count(new Query(Criteria.where("status").is(status)), Lead.class);
            if (count > 0) {
                byStatus.put(status, (int) count);
            }
        }
        return PromotionStatistics.of(year, mongo.find(yearTrips, PromotionTrip.class), mongo.find(yearLeads, Lead.class),
                byStatus);
    }
}
