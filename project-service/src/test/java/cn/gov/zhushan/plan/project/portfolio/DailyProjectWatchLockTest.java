package cn.gov.zhushan.plan.project.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** Guard (ADR 0007): the daily watch is locked across replicas. */
class DailyProjectWatchLockTest {

    @Test
    void theDailyWatchTakesTheSchedulerLock() throws NoSuchMethodException {
        Method runDaily = DailyProjectWatch.class.getMethod("runDaily");
        assertThat(runDaily.isAnnotationPresent(Scheduled.class)).isTrue();
        SchedulerLock lock = runDaily.getAnnotation(SchedulerLock.class);
        assertThat(lock).isNotNull();
        assertThat(lock.name()).isEqualTo("project.daily-watch");
        assertThat(lock.lockAtLeastFor()).isNotEmpty(); // a replica whose clock lags must not run it again
    }
}
