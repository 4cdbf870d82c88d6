package org.openics.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openics.OpenIcsApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the running platform: one Spring context with the web server on a
 * random port and a real embedded PostgreSQL in a fresh OPENICS_HOME, shared by every subclass
 * (keep the configuration identical so that Spring reuses the context).
 */
@SpringBootTest(classes = OpenIcsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PlatformIT {

    protected static final Path HOME = freshHome();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("openics.home", HOME::toString);
        registry.add("openics.accounts.demo", () -> "true"); // the tests sign in with the demo accounts (README)
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Path freshHome() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            removeEarlierHomes(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "it-home-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Homes of earlier runs (a full store each, hundreds of MB) go, unless their PostgreSQL is still running. */
    private static void removeEarlierHomes(Path target) throws IOException {
        try (var homes = Files.newDirectoryStream(target, "it-home-*")) {
            for (Path home : homes) {
                if (!inUse(home)) {
                    org.springframework.util.FileSystemUtils.deleteRecursively(home);
                }
            }
        }
    }

    private static boolean inUse(Path home) {
        try (var pids = Files.walk(home, 3)) {
            return pids.filter(p -> p.getFileName().toString().equals("postmaster.pid"))
                    .anyMatch(p -> {
                        try {
                            long pid =
                                    Long.parseLong(Files.readAllLines(p).get(0).trim());
                            return ProcessHandle.of(pid)
                                    .map(ProcessHandle::isAlive)
                                    .orElse(false);
                        } catch (IOException | RuntimeException e) {
                            return true; // unreadable: leave it
                        }
                    });
        } catch (IOException e) {
            return true;
        }
    }
}
