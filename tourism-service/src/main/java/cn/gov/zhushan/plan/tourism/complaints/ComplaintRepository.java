package cn.gov.zhushan.plan.tourism.complaints;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ComplaintRepository extends MongoRepository<Complaint, String> {

    Optional<Complaint> findByIdempotencyKey(String idempotencyKey);

    Page<Complaint> findByStatus(Complaint.Status status, Pageable pageable);
}
