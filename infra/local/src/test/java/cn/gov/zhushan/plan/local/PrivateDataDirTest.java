package cn.gov.zhushan.plan.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateDataDirTest {

    @Test
    void aNewDataFolderIsReadableByItsOwnerOnly(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve(".local-data");

        PrivateDataDir.ensure(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    @Test
    void anExistingOpenFolderIsClosed(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve(".local-data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        PrivateDataDir.ensure(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }
}
