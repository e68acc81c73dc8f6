package cn.gov.zhushan.plan.livelihood.pii;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface PiiReadAuditRepository extends MongoRepository<PiiReadAudit, String> {

    Page<PiiReadAudit> findByRecordId(String recordId, Pageable pageable);

    Page<PiiReadAudit> findByClientId(String clientId, Pageable pageable);

    Page<PiiReadAudit> findByRecordIdAndClientId(String recordId, String clientId, Pageable pageable);
}
