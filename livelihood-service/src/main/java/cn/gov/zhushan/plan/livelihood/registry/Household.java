package cn.gov.zhushan.plan.livelihood.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A household: its members (person ids, the head among them), where it is registered and its monthly
 * income per member (yuan), which the dibao rule needs.
 */
@Document("households")
public class Household {

    public enum Residence { URBAN, RURAL }

    @Id
    private String id;
    private Residence residence;
    private String community;
    private String headPersonId;
    private List<String> memberIds = new ArrayList<>();
    private BigDecimal monthlyIncomePerCapita;
    /** Whether the payout account was verified; payments to unverified accounts fail and are retried at reconciliation. */
    private boolean payoutAccountVerified;
    private Instant registeredAt;
    @Version
    private Long version;

    protected Household() {
    }

    public Household(String id, Residence residence, String community, String headPersonId, List<String> memberIds,
                     BigDecimal monthlyIncomePerCapita, boolean payoutAccountVerified, Instant registeredAt) {
        this.id = id;
        this.residence = residence;
        this.community = community;
        this.headPersonId = headPersonId;
        this.memberIds = new ArrayList<>(memberIds);
        this.monthlyIncomePerCapita = monthlyIncomePerCapita;
        this.payoutAccountVerified = payoutAccountVerified;
        this.registeredAt = registeredAt;
    }

    void update(BigDecimal monthlyIncomePerCapita, boolean payoutAccountVerified) {
        this.monthlyIncomePerCapita = monthlyIncomePerCapita;
        this.payoutAccountVerified = payoutAccountVerified;
    }

    public String id() { return id; }
    public Residence residence() { return residence; }
    public String community() { return community; }
    public String headPersonId() { return headPersonId; }
    public List<String> memberIds() { return List.copyOf(memberIds); }
    public int members() { return memberIds.size(); }
    public BigDecimal monthlyIncomePerCapita() { return monthlyIncomePerCapita; }
    public boolean payoutAccountVerified() { return payoutAccountVerified; }
    public Instant registeredAt() { return registeredAt; }
}
