package cn.gov.zhushan.plan.indicator.targets;

/**
 * Which side of a target is good: above (GDP growth), below (PM2.5), or neither: inside a band around it (budget
 * expenditure "about" its target: spending far above it strains the budget, far below it leaves plans undone).
 */
public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_BAND }
