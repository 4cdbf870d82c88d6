package org.openics.record.internal;

import org.openics.platform.BodyLimit;
import org.openics.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only the FHIR capability statement is open; every person-level page and API needs a signed-in user. */
@Configuration(proxyBeanMethods = false)
class RecordWebConfiguration {

    @Bean
    PublicPaths recordPublicPaths() {
        return PublicPaths.of("/fhir/metadata");
    }

    /** A FHIR transaction is parsed whole in memory: 64 MiB holds the largest bundles real systems send (about 30 MB). */
    @Bean
    BodyLimit fhirBodyLimit() {
        return BodyLimit.of("/fhir", 64 * BodyLimit.MIB);
    }

    /** The bulk feed streams its body to a file before reading it, so it may be large; beyond 1 GiB, send files. */
    @Bean
    BodyLimit bulkFeedBodyLimit() {
        return BodyLimit.of("/api/record/ingest", 1024 * BodyLimit.MIB);
    }
}
