package cn.gov.zhushan.plan.project.funding;

/**
 * Money issued, or a quota: a special-purpose bond quota (专项债额度) is the right to issue bonds up to
 * an amount, not money in hand, so it can never be disbursed from.
 */
public enum FundingKind {
    /** 资金 */
    FUNDS,
    /** 额度 */
    QUOTA
}
