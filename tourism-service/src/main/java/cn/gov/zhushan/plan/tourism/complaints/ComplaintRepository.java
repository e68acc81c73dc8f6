package cn.gov.zhushan.plan.tourism.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface ComplaintRepository extends MongoRepository<Complaint, String> {

    Optional<Complaint> findByIdempotencyKey(String idempotencyKey);

    Page<Complaint> findByStatus(Complaint.Status status, Pageable pageable);

    @Query("{ 'requestedAt': { '$gte': ?0, '$lt': ?1 } }")
    List<Complaint> findRequestedBetween(Instant from, Instant to);
}
