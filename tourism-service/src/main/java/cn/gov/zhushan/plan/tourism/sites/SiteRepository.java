package cn.gov.zhushan.plan.tourism.sites;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SiteRepository extends MongoRepository<Site, String> {
}
