package cn.gov.zhushan.plan.livelihood.employment;

/** schema.org JobPosting employmentType values. */
public enum EmploymentType { FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN }
