package cn.gov.zhushan.plan.project;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Key investment projects: registry, monthly investment progress, and the events other services follow. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class ProjectServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProjectServiceApplication.class, args);
    }
}
