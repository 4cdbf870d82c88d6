package org.openics.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store survives a hard kill of the process that owned it. */
class EmbeddedDatabaseIT {

    @Test
    void aPostmasterOrphanedByKillNineIsStoppedAndTheDataIsStillThere(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        Process owner = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseOwner.class.getName(), data.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(owner.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("ready")) {
                // the owner logs while PostgreSQL starts
            }
            assertThat(line).as("the owner process started PostgreSQL").startsWith("ready");
        }
        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("postmaster left running").contains(true);

        try (EmbeddedDatabase database = EmbeddedDatabase.open(data, 0);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
             ResultSet rs = connection.createStatement().executeQuery("select note from survivor")) {
            assertThat(database.owner()).isTrue();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before kill -9");
            try (ResultSet settings = connection.createStatement().executeQuery("show fsync")) {
                settings.next();
                assertThat(settings.getString(1)).isEqualTo("on");
            }
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    /** Run in a child JVM: starts the store, writes a row, says "ready", waits to be killed. */
    public static final class EmbeddedDatabaseOwner {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.open(Path.of(args[0]), 0);
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
                connection.createStatement().execute("create table survivor (note text)");
                connection.createStatement().execute("insert into survivor values ('written before kill -9')");
            }
            System.out.println("ready " + database.port());
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
