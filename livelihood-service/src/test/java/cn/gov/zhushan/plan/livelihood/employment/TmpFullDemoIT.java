package cn.gov.zhushan.plan.livelihood.employment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.zhushan.plan.livelihood.demo.EmploymentDemoGenerator;
import cn.gov.zhushan.plan.livelihood.demo.EmploymentDemoLoader;
import cn.gov.zhushan.plan.platform.test.PlatformIntegrationTest;

class TmpFullDemoIT extends PlatformIntegrationTest {
    @Autowired EmploymentDemoLoader loader;
    @Autowired EmploymentStatistics stats;

    @Test
    void measure() {
        var data = new EmploymentDemoGenerator().generate(EmploymentDemoGenerator.Targets.report2024());
        long t0 = System.nanoTime();
        var first = loader.load(data);
        long t1 = System.nanoTime();
        var second = loader.load(data);
        long t2 = System.nanoTime();
        System.out.println("FIGURES first=" + first + " " + (t1 - t0) / 1_000_000 + "ms second=" + second + " " + (t2 - t1) / 1_000_000
                + "ms stats=" + stats.of(2024) + " postings=" + data.postings().size());
    }
}
