package cn.gov.zhushan.plan.platform.outbox;

import java.util.List;

import org.springframework.data.annotation.Id;

import cn.gov.zhushan.plan.platform.events.PendingEvent;

/** The relay's view of any aggregate document: its id and its embedded outbox, nothing else. */
record OutboxDocument(@Id String id, List<PendingEvent> pendingEvents) {
}
