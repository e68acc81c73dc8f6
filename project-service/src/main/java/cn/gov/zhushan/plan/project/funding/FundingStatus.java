package cn.gov.zhushan.plan.project.funding;

/** IATI-style funding stages; a status only moves forward. */
public enum FundingStatus {
    INDICATIVE,
    COMMITTED,
    DISBURSED;

    public boolean secured() {
        return this != INDICATIVE;
    }
}
