package cn.gov.zhushan.plan.livelihood.pii;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PiiReadAuditRepository extends MongoRepository<PiiReadAudit, String> {
}
