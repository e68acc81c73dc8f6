package cn.gov.zhushan.plan.project.promotion;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An investment-promotion lead (招商线索): a company the district courts.
 *
 * @param intendedAmount what the company intends to invest, yuan
 * @param signedAmount   the signed deal's amount, yuan; null until signed
 */
@Document("promotion_leads")
public record Lead(@Id String leadId, String company, String sector, BigDecimal intendedAmount, LeadStatus status,
                   LocalDate signedOn, BigDecimal signedAmount, String projectCode, @Version Long version) {

    public Lead signed(LocalDate on, BigDecimal amount, String project) {
        return new Lead(leadId, company, sector, intendedAmount, LeadStatus.SIGNED, on, amount, project, version);
    }

    public Lead described(String newCompany, String newSector, BigDecimal newIntendedAmount) {
        return new Lead(leadId, newCompany, newSector, newIntendedAmount, status, signedOn, signedAmount, projectCode, version);
    }
}
