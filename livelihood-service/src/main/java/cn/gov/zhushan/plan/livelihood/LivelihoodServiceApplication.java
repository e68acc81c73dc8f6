package cn.gov.zhushan.plan.livelihood;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Subsidy programs, beneficiaries with protected personal data, payment cycles, employment. */
@SpringBootApplication
public class LivelihoodServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LivelihoodServiceApplication.class, args);
    }
}
