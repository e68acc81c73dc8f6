package cn.gov.zhushan.plan.project.promotion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An investment-promotion lead (招商线索): a company the district courts.
 *
 * @param intendedAmount what the company intends to invest, yuan
 * @param signedAmount   the signed deal's amount, yuan; null until signed
 * @param approvedOn     when the review meeting approved the project (过会); null before
 * @param approvedAmount the investment approved, yuan
 * @param reachedOn      the day each stage after 洽谈 was reached
 */
@Document("promotion_leads")
public record Lead(@Id String leadId, String company, String sector, BigDecimal intendedAmount, LeadStatus status,
                   LocalDate signedOn, BigDecimal signedAmount, String projectCode, LocalDate approvedOn,
                   BigDecimal approvedAmount, Map<LeadStatus, LocalDate> reachedOn, @Version Long version) {

    public Lead {
        reachedOn = reachedOn == null ? Map.of() : Map.copyOf(reachedOn);
    }

    /** A lead as recorded before approvals and later stages were kept. */
    public Lead(String leadId, String company, String sector, BigDecimal intendedAmount, LeadStatus status,
                LocalDate signedOn, BigDecimal signedAmount, String projectCode, Long version) {
        this(leadId, company, sector, intendedAmount, status, signedOn, signedAmount, projectCode, null, null, null,
                version);
    }

    public static Lead open(String leadId, String company, String sector, BigDecimal intendedAmount) {
        return new Lead(leadId, company, sector, intendedAmount, LeadStatus.OPEN, null, null, null, null, null, null, null);
    }

    public Lead signed(LocalDate on, BigDecimal amount, String project) {
        return new Lead(leadId, company, sector, intendedAmount, LeadStatus.SIGNED, on, amount, project, approvedOn,
                approvedAmount, reached(LeadStatus.SIGNED, on), version);
    }

    public Lead approved(LocalDate on, BigDecimal amount) {
        return new Lead(leadId, company, sector, intendedAmount, LeadStatus.APPROVED, signedOn, signedAmount, projectCode,
                on, amount, reached(LeadStatus.APPROVED, on), version);
    }

    public Lead advanced(LeadStatus stage, LocalDate on) {
        return new Lead(leadId, company, sector, intendedAmount, stage, signedOn, signedAmount, projectCode, approvedOn,
                approvedAmount, reached(stage, on), version);
    }

    public Lead described(String newCompany, String newSector, BigDecimal newIntendedAmount) {
        return new Lead(leadId, newCompany, newSector, newIntendedAmount, status, signedOn, signedAmount, projectCode,
                approvedOn, approvedAmount, reachedOn, version);
    }

    private Map<LeadStatus, LocalDate> reached(LeadStatus stage, LocalDate on) {
        Map<LeadStatus, LocalDate> next = new EnumMap<>(LeadStatus.class);
        next.putAll(reachedOn);
        next.put(stage, on);
        return next;
    }
}
