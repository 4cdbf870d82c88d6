package org.openics.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the PostgreSQL store is. With no {@code url} OpenICS runs an embedded PostgreSQL whose data
 * lives under OPENICS_HOME; set {@code OPENICS_DB_URL} (and user, password) for a production server.
 *
 * @param url           JDBC URL of an external PostgreSQL 15+, or empty for the embedded one
 * @param user          user for the external server
 * @param password      password for the external server
 * @param embeddedPort  port of the embedded server; 0 picks a free one
 */
@ConfigurationProperties("openics.db")
public record DatabaseSettings(String url, String user, String password, int embeddedPort) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
