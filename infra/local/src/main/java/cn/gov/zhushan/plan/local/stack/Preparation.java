package cn.gov.zhushan.plan.local.stack;

import java.nio.file.Path;

/** A step that must succeed before a component's process starts (e.g. formatting Kafka storage). */
@FunctionalInterface
public interface Preparation {

    Preparation NONE = logFile -> { };

    void prepare(Path logFile) throws Exception;

    /** Called for every component of the plan before the first stage starts: slow work may begin in the background. */
    default void begin() {
    }
}
