package cn.gov.zhushan.plan.local.stack;

import java.util.List;
import java.util.Map;

/**
 * One process the launcher runs: its command, the environment it adds, the ports it needs free,
 * how to tell it is up, and what to do first. {@code stopLast} keeps Kafka alive until every
 * other process (including the store) has ended, so producers can flush; {@code shutdown} says how long it may
 * take to stop and what follows its exit.
 */
public record Component(
        String name,
        List<String> command,
        Map<String, String> env,
        List<Integer> ports,
        Probe probe,
        Preparation preparation,
        boolean stopLast,
        Shutdown shutdown) {

    public Component {
        command = List.copyOf(command);
        env = Map.copyOf(env);
        ports = List.copyOf(ports);
    }

    public Component(String name, List<String> command, Map<String, String> env, List<Integer> ports, Probe probe,
                     Preparation preparation, boolean stopLast) {
        this(name, command, env, ports, probe, preparation, stopLast, Shutdown.PLAIN);
    }
}
