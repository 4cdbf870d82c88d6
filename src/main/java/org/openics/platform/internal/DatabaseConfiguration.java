package org.openics.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.openics.platform.DatabaseSettings;
import org.openics.platform.OpenIcsHome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one PostgreSQL store: embedded under OPENICS_HOME unless OPENICS_DB_URL names a server. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    OpenIcsHome openIcsHome(@Value("${openics.home:}") String home) {
        return home == null || home.isBlank()
                ? OpenIcsHome.fromEnvironment()
                : new OpenIcsHome(java.nio.file.Path.of(home));
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseSettings settings, OpenIcsHome home) {
        return new EmbeddedDatabaseHolder(
                settings.embedded()
                        ? EmbeddedDatabase.open(home.postgresData(), settings.embeddedPort(), embeddedPassword(home))
                        : null);
    }

    /** The embedded store's password, made on first use under OPENICS_HOME/secrets (owner-only). */
    static String embeddedPassword(OpenIcsHome home) {
        return home.secret("postgres-password", 32);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings, EmbeddedDatabaseHolder embedded, OpenIcsHome home) {
        HikariConfig config = new HikariConfig();
        if (settings.embedded()) {
            config.setJdbcUrl(embedded.database().jdbcUrl());
            config.setUsername("postgres");
            config.setPassword(embeddedPassword(home));
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        // multi-row inserts for JDBC batches: several times faster for imports and ingestion
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setMaximumPoolSize(16);
        config.setPoolName("openics");
        return new HikariDataSource(config);
    }

    /** Closed after the pool (Spring destroys in reverse order of creation). */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
