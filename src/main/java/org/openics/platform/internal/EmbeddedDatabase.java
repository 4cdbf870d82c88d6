package org.openics.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one OPENICS_HOME. Only one process can own a data folder, so a second
 * process (a CLI command while the server runs) connects to the running instance instead; a
 * postmaster orphaned by a hard kill of its owner is stopped before a new start.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** zonky holds an OS lock on this file for as long as the owning JVM lives. */
    private static final String OWNER_LOCK = "epg-lock";

    private final EmbeddedPostgres owned;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres owned, int port) {
        this.owned = owned;
        this.port = port;
    }

    /** The only authentication method the store accepts once secured (PostgreSQL's default password hashing since 14). */
    static final String AUTHENTICATION = "scram-sha-256";

    private static final String HBA = """
            # Written by OpenICS: every connection, local or over 127.0.0.1, needs the store's password
            # (OPENICS_HOME/secrets/postgres-password), checked with scram-sha-256; none is let in without it.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    static EmbeddedDatabase open(Path dataDir, int preferredPort) {
        return open(dataDir, preferredPort, null);
    }

    /**
     * Opens the store; with a password, a store this process starts is secured: the postgres role gets the password
     * (hashed with scram-sha-256) and pg_hba.conf allows nothing else, which also migrates a store made before (trust).
     */
    static EmbeddedDatabase open(Path dataDir, int preferredPort, String password) {
        try {
            Files.createDirectories(dataDir);
            Optional<Integer> running = runningInstancePort(dataDir);
            if (running.isPresent()) {
                log.info("Using the PostgreSQL already running for {} on port {}", dataDir, running.get());
                return new EmbeddedDatabase(null, running.get());
            }
            stopOrphanedPostmaster(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky turns both off for speed; a persistent store must not lose commits
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (preferredPort > 0) {
                builder.setPort(preferredPort);
            }
            if (password != null) {
                builder.setConnectConfig("password", password); // zonky's own readiness check connects too
            }
            EmbeddedPostgres pg = builder.start();
            if (password != null) {
                secure(pg, dataDir, password);
            }
            return new EmbeddedDatabase(pg, pg.getPort());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void secure(EmbeddedPostgres pg, Path dataDir, String password) {
        Path hba = dataDir.resolve("pg_hba.conf");
        try (java.sql.Connection c = pg.getPostgresDatabase().getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("set password_encryption = '" + AUTHENTICATION + "'");
            // the password is Base64url text: nothing in it can end the literal
            s.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            if (!Files.readString(hba).equals(HBA)) {
                Files.writeString(hba, HBA);
                s.execute("select pg_reload_conf()");
                log.info(
                        "The embedded PostgreSQL in {} now needs its password ({}) for every connection",
                        dataDir,
                        AUTHENTICATION);
            }
        } catch (java.sql.SQLException | IOException e) {
            throw new IllegalStateException(
                    "Could not secure the embedded PostgreSQL in " + dataDir + " with its password: " + e.getMessage(),
                    e);
        }
    }

    /** A live JVM holds the owner lock and a postmaster is listed: use it. */
    private static Optional<Integer> runningInstancePort(Path dataDir) throws IOException {
        Path pid = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pid) || !ownerLockHeld(dataDir)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pid);
        if (lines.size() < 4 || !processAlive(lines.get(0))) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(lines.get(3).trim()));
    }

    private static boolean ownerLockHeld(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException sameJvm) {
            return true;
        }
    }

    /** After kill -9 of its owner the postmaster keeps running and blocks the next start. */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pid = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        List<String> lines = Files.readAllLines(pid);
        if (lines.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster =
                ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (postmaster.isEmpty() || !postmaster.get().isAlive()) {
            return;
        }
        log.warn(
                "Stopping an orphaned PostgreSQL (pid {}) left running on {}",
                lines.get(0).trim(),
                dataDir);
        ProcessHandle handle = postmaster.get();
        handle.destroy();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (handle.isAlive() && System.nanoTime() < deadline) {
            sleep(100);
        }
        if (handle.isAlive()) {
            handle.destroyForcibly();
            sleep(500);
        }
    }

    private static boolean processAlive(String pidLine) {
        try {
            return ProcessHandle.of(Long.parseLong(pidLine.trim()))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    int port() {
        return port;
    }

    boolean owner() {
        return owned != null;
    }

    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
        }
    }
}
