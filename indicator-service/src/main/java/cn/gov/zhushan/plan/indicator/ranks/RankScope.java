package cn.gov.zhushan.plan.indicator.ranks;

/** Among whom an official rank was given: the city's districts and counties (全市) or the province's (全省). */
public enum RankScope { CITY, PROVINCE }
