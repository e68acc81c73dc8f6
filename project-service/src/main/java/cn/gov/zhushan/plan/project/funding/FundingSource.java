package cn.gov.zhushan.plan.project.funding;

/** Where a project's money comes from (the report's 争资争项 channels). */
public enum FundingSource {
    /** 中央预算内资金 */
    CENTRAL_BUDGET_INVESTMENT,
    /** 超长期特别国债 / 特别国债 */
    SPECIAL_TREASURY_BONDS,
    /** 地方政府专项债 */
    LOCAL_SPECIAL_PURPOSE_BONDS,
    /** 省级专项资金 */
    PROVINCIAL_SPECIAL_FUNDS,
    BANK_LOANS,
    ENTERPRISE_FUNDS
}
