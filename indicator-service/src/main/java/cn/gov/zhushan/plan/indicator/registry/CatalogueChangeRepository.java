package cn.gov.zhushan.plan.indicator.registry;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CatalogueChangeRepository extends MongoRepository<CatalogueChange, String> {

    boolean existsByCode(String code);

    List<CatalogueChange> findTop100ByCodeOrderByChangedAtDesc(String code);
}
