package cn.gov.zhushan.plan.platform.test.probe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service on the platform, to exercise the platform's web rules over real HTTP. */
@SpringBootApplication
public class ProbeApplication {
}
