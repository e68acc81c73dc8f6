package cn.gov.zhushan.plan.project.registry;

/** The categories of the district's key project list. */
public enum ProjectCategory {
    INDUSTRY,
    SERVICES_AND_COMMERCE,
    CULTURE_AND_HERITAGE,
    URBAN_INFRASTRUCTURE,
    LIVELIHOOD,
    ECOLOGY,
    /** 城市更新, e.g. 老鸦滩城市更新项目 */
    URBAN_RENEWAL
}
