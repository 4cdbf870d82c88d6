package org.openics.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.platform.OpenIcsHome;

/** The facts are pseudonymised person-level data: the DuckDB file and its folder are the owner's only (finding 14). */
class FactsStoreFileModeTest {

    @Test
    void theFactsFileAndItsFolderAreReadableByTheirOwnerOnly(@TempDir Path home) throws Exception {
        FactsStore store = new FactsStore(new OpenIcsHome(home), "256MB");
        store.write(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("create table if not exists probe (x int)");
            }
            return null;
        });
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(store.file());
        Set<PosixFilePermission> folder =
                Files.getPosixFilePermissions(store.file().getParent());
        assertThat(file).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(folder)
                .containsExactlyInAnyOrder(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);
    }
}
