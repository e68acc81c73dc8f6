package cn.gov.zhushan.plan.local.stack;

import java.util.List;

/** Components started together; the next stage starts only when all of these are up. */
public record Stage(String label, List<Component> components) {

    public Stage {
        components = List.copyOf(components);
    }
}
