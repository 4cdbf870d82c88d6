package org.openics.record.internal;

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
}
