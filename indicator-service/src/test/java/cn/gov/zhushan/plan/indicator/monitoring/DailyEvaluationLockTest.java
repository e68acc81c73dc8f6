package cn.gov.zhushan.plan.indicator.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** Guard (ADR 0007): the daily run is locked across replicas, and public so that the lock proxy sees it. */
class DailyEvaluationLockTest {

    @Test
    void theDailyRunTakesTheSchedulerLock() throws NoSuchMethodException {
        Method evaluate = DailyEvaluation.class.getMethod("evaluate");
        assertThat(evaluate.isAnnotationPresent(Scheduled.class)).isTrue();
        assertThat(Modifier.isPublic(evaluate.getModifiers())).isTrue();
        SchedulerLock lock = evaluate.getAnnotation(SchedulerLock.class);
        assertThat(lock).isNotNull();
        assertThat(lock.name()).isEqualTo("indicator.daily-evaluation");
        assertThat(lock.lockAtLeastFor()).isNotEmpty(); // a replica whose clock lags must not run it again
    }
}
