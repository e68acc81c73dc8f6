package cn.gov.zhushan.plan.local.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The MongoDB-compatible store as its own process: mongo-java-server with the H2 backend, so the
 * data survives restarts. Runs until the process is terminated.
 * Usage: StoreMain [--host 127.0.0.1] [--port 27017] [--file .local-data/mongo/store.mv]
 */
public final class StoreMain {

    private StoreMain() {
    }

    public static void main(String[] args) throws Exception {
        StoreOptions options = StoreOptions.parse(args);
        Files.createDirectories(options.file().toAbsolutePath().getParent());

        H2Backend backend = new H2Backend(options.file().toAbsolutePath().toString());
        // mongosh and recent drivers refuse servers below wire version 9 (see ReportedVersion).
        backend.version(ReportedVersion.MONGO_4_4);
        MongoServer server = new MongoServer(backend);
        server.bind(options.host(), options.port());
        System.out.println("store listening on " + options.host() + ":" + options.port()
                + " (data in " + options.file().toAbsolutePath() + ")");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // shutdown() closes the backend, which commits and closes the H2 file cleanly.
            server.shutdown();
            System.out.println("store stopped");
            stopped.countDown();
        }, "store-shutdown"));
        stopped.await();
    }

    /** Command line of the store process. */
    public record StoreOptions(String host, int port, Path file) {

        static StoreOptions parse(String[] args) {
            String host = "127.0.0.1";
            int port = 27017;
            Path file = Path.of(".local-data", "mongo", "store.mv");
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--host" -> host = args[i + 1];
                    case "--port" -> port = Integer.parseInt(args[i + 1]);
                    case "--file" -> file = Path.of(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new StoreOptions(host, port, file);
        }
    }
}
