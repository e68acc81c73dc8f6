package cn.gov.zhushan.plan.indicator.regions;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RegionRepository extends MongoRepository<Region, String> {

    List<Region> findByParentOrderByCodeAsc(String parent);
}
