package cn.gov.zhushan.plan.tourism;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Sites, footfall ingestion and aggregation, capacity alerts, holidays, events, complaints. */
@SpringBootApplication
public class TourismServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TourismServiceApplication.class, args);
    }
}
