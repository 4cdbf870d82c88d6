package org.openics.governance.internal;

import org.openics.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decision map, the public decision log, the validation report and routing answers are public (the
 * ICB must publish them); changing the scheme or recording decisions ({@code /api/governance/edit/**})
 * needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceWebConfiguration {

    @Bean
    PublicPaths governancePublicPaths() {
        return PublicPaths.of("/governance", "/governance/**", "/api/governance/map", "/api/governance/check",
                "/api/governance/route", "/api/governance/decisions", "/api/governance/verify", "/api/governance/scheme",
                "/api/governance/interests", "/api/governance/interests.csv");
    }
}
