package org.openics.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenIcsHomeTest {

    @Test
    void aSecretIsMadeOnceOwnerOnlyAndReadTheSameAfterwards(@TempDir Path dir) throws Exception {
        OpenIcsHome home = new OpenIcsHome(dir);
        String first = home.secret("postgres-password", 32);
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(home.secret("postgres-password", 32)).isEqualTo(first);
        assertThat(new OpenIcsHome(dir).secret("other", 32)).isNotEqualTo(first);
        Path file = home.secrets().resolve("postgres-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.secrets())))
                .isEqualTo("rwx------");
        try (var left = Files.list(home.secrets())) {
            assertThat(left.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
