package org.openics.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The folder that holds all local state of one OpenICS instance (embedded database, analytics files),
 * so that several instances can run side by side. Set by {@code OPENICS_HOME}; {@code ./var} by default.
 */
public record OpenIcsHome(Path dir) {

    public static final String ENVIRONMENT_VARIABLE = "OPENICS_HOME";

    public OpenIcsHome {
        if (dir == null) {
            throw new IllegalArgumentException("OPENICS_HOME must name a folder");
        }
        dir = dir.toAbsolutePath().normalize();
    }

    public static OpenIcsHome fromEnvironment() {
        String value = System.getenv(ENVIRONMENT_VARIABLE);
        return new OpenIcsHome(Path.of(value == null || value.isBlank() ? "var" : value));
    }

    public Path postgresData() {
        return dir.resolve("postgres");
    }

    public Path resolve(String name) {
        return dir.resolve(name);
    }

    /** Where secrets live (keys, the embedded store's password): {@code secrets/}, readable by the owner only. */
    public Path secrets() {
        return dir.resolve("secrets");
    }

    /**
     * A secret of this instance under {@link #secrets()}: read when it exists, otherwise made from {@code bytes} random
     * bytes (written as Base64 text, no line end) with owner-only permissions, atomically, so that two processes
     * starting at once agree on one.
     */
    public String secret(String name, int bytes) {
        Path file = secrets().resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                restrict(file.getParent(), "rwx------");
                byte[] fresh = new byte[bytes];
                new SecureRandom().nextBytes(fresh);
                Path partial = Files.createTempFile(file.getParent(), name, ".tmp");
                restrict(partial, "rw-------");
                Files.writeString(
                        partial,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(fresh),
                        StandardCharsets.US_ASCII);
                try {
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(partial); // another process made it first
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the secret " + file, e);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own protection applies
        }
    }
}
