package cn.gov.zhushan.plan.livelihood.registry;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface PersonRepository extends MongoRepository<Person, String> {

    Optional<Person> findByIdNumberIndex(String idNumberIndex);

    Page<Person> findByCommunity(String community, Pageable pageable);
}
