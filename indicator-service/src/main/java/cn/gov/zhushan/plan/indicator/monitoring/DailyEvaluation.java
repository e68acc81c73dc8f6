package cn.gov.zhushan.plan.indicator.monitoring;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates every target once a day (Asia/Shanghai), so a status that changes with time alone (the year
 * ends, a monthly figure becomes overdue) is caught without waiting for a new observation; writes trigger
 * their own evaluation as before. Warnings are still published only on a change of status.
 */
@Component
class DailyEvaluation {

    private static final Logger log = LoggerFactory.getLogger(DailyEvaluation.class);

    private final Monitoring monitoring;

    DailyEvaluation(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    // one replica per day (ADR 0007); held at least 5 min so a replica whose clock lags does not run it again.
    // Public: the lock is an AOP proxy around this method.
    @Scheduled(cron = "${indicators.monitoring.cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "indicator.daily-evaluation", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void evaluate() {
        int changed = monitoring.evaluateAll();
        log.info("Daily monitoring run: {} target statuses changed", changed);
    }
}
