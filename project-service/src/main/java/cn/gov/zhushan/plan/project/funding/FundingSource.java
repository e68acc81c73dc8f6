package cn.gov.zhushan.plan.project.funding;

/** Where a project's money comes from (the report's 争资争项 channels). */
public enum FundingSource {
    CENTRAL_BUDGET_INVESTMENT("中央预算内资金"),
    SPECIAL_TREASURY_BONDS("超长期特别国债 / 特别国债"),
    LOCAL_SPECIAL_PURPOSE_BONDS("地方政府专项债"),
    PROVINCIAL_SPECIAL_FUNDS("省级专项资金"),
    /** e.g. the maker station's 省预算内乡村振兴专项资金 */
    PROVINCIAL_BUDGET_INVESTMENT("省预算内资金"),
    /** e.g. the Hutian kiln site's protection money */
    HERITAGE_SPECIAL_TRANSFERS("文物保护专项转移支付"),
    BANK_LOANS("银行贷款"),
    ENTERPRISE_FUNDS("企业自筹");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
