package cn.gov.zhushan.plan.local.stack;

import java.util.Optional;

/** Asks a starting component whether it is up; a present value describes it, empty means not yet. */
@FunctionalInterface
public interface Probe {

    Optional<String> check();
}
