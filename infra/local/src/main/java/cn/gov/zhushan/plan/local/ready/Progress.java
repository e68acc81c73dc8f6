package cn.gov.zhushan.plan.local.ready;

/** Prints what happens, each line stamped with the seconds since the launcher started. */
public final class Progress {

    private final long startNanos = System.nanoTime();

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public void say(String message) {
        System.out.printf("[%6.1fs] %s%n", seconds(), message);
        System.out.flush();
    }
}
