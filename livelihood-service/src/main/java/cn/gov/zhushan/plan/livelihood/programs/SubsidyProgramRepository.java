package cn.gov.zhushan.plan.livelihood.programs;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SubsidyProgramRepository extends MongoRepository<SubsidyProgram, String> {
}
