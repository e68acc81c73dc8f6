package cn.gov.zhushan.plan.local;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * {@code .local-data} holds the store's file (personal data of the demo beneficiaries, encrypted with the demo
 * key), the broker's log and every app's log: readable by its owner only, also when it was created earlier.
 */
final class PrivateDataDir {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PrivateDataDir() {
    }

    static void ensure(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        }
    }
}
