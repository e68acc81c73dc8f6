package cn.gov.zhushan.plan.livelihood.employment;

/** A guaranteed start-up loan's status; DISBURSED is when the loan counts as granted (发放). */
public enum LoanStatus { APPLIED, APPROVED, DISBURSED, REPAID, DEFAULTED, REJECTED }
