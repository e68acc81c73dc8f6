package cn.gov.zhushan.plan.livelihood.enrollment;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface EnrollmentRepository extends MongoRepository<Enrollment, String> {

    List<Enrollment> findByProgramCodeAndState(String programCode, Enrollment.State state);

    Page<Enrollment> findByProgramCode(String programCode, Pageable pageable);
}
