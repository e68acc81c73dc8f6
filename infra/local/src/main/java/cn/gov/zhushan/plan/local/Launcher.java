package cn.gov.zhushan.plan.local;

import java.util.List;

/** Entry point of the local stack; ./zhushan runs it after building what is missing. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Layout layout = Layout.of(options.root());
        int exit = switch (options.command()) {
            case "stop" -> new StopCommand(layout).run();
            case "status" -> new StatusCommand(layout).run();
            default -> new StartCommand(layout, options).run();
        };
        System.exit(exit);
    }
}
