package cn.gov.zhushan.plan.tourism.holidays;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface HolidayRepository extends MongoRepository<Holiday, String> {

    List<Holiday> findByYearOrderByStart(int year);
}
