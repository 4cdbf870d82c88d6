package org.openics.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        Process owner = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseOwner.class.getName(),
                        data.toString()))
                .redirectErrorStream(true)
                .start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(owner.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("ready")) {
                // the owner logs while PostgreSQL starts
            }
            assertThat(line).as("the owner process started PostgreSQL").startsWith("ready");
        }
        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphan = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("postmaster left running")
                .contains(true);

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
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
    }

    @Test
    void aStoreMadeWithTrustIsMigratedToItsPasswordAndRefusesConnectionsWithoutIt(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        try (EmbeddedDatabase before = EmbeddedDatabase.open(data, 0);
                Connection connection = DriverManager.getConnection(before.jdbcUrl(), "postgres", "")) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('from the trust days')");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust"); // how zonky makes a store

        String password = "s3cret-" + System.nanoTime();
        for (int start = 0; start < 2; start++) { // the migration, then an ordinary start of a secured store
            try (EmbeddedDatabase secured = EmbeddedDatabase.open(data, 0, password)) {
                assertThatThrownBy(() -> DriverManager.getConnection(secured.jdbcUrl(), "postgres", "")
                                .close())
                        .isInstanceOf(java.sql.SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(secured.jdbcUrl(), "postgres", "wrong")
                                .close())
                        .hasMessageContaining("password authentication failed");
                try (Connection connection = DriverManager.getConnection(secured.jdbcUrl(), "postgres", password);
                        ResultSet rs = connection
                                .createStatement()
                                .executeQuery("select note, current_setting('password_encryption') from kept")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("from the trust days");
                    assertThat(rs.getString(2)).isEqualTo("scram-sha-256");
                }
            }
            assertThat(Files.readString(data.resolve("pg_hba.conf")))
                    .doesNotContain("trust")
                    .contains("scram-sha-256");
        }
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
