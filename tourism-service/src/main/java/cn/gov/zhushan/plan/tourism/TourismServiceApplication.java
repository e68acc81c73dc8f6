package cn.gov.zhushan.plan.tourism;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sites, footfall ingestion and aggregation, capacity alerts, holidays, events, complaints. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class TourismServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TourismServiceApplication.class, args);
    }
}
