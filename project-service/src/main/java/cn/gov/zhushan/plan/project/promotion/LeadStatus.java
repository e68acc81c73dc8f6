package cn.gov.zhushan.plan.project.promotion;

/**
 * Where a lead stands, in the order a lead goes: 洽谈 → 过会 → 签约 → 落户 → 开工 → 投产, or dropped.
 * A lead may be signed without a meeting's approval (smaller deals need none).
 */
public enum LeadStatus {
    /** 洽谈 */
    OPEN("洽谈"),
    /** 过会: approved by the district's project review meeting */
    APPROVED("过会"),
    /** 签约 */
    SIGNED("签约"),
    /** 落户 */
    SETTLED("落户"),
    /** 开工 */
    CONSTRUCTION_STARTED("开工"),
    /** 投产 */
    IN_PRODUCTION("投产"),
    DROPPED("放弃");

    private final String label;

    LeadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
