package cn.gov.zhushan.plan.project.promotion;

/** Where a lead stands: courted (visited or not) until a deal is signed or it is dropped. */
public enum LeadStatus {
    OPEN,
    SIGNED,
    DROPPED
}
