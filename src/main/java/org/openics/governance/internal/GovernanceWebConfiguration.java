package org.openics.governance.internal;

import org.openics.platform.BodyLimit;
import org.openics.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decision map, the public decision log, the validation report, routing answers and the register of interests are
 * public (the ICB must publish them); changing governance ({@code /governance/edit}, {@code /api/governance/edit/**})
 * needs a signed-in user, and the entry point lets only governance administrators change it.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceWebConfiguration {

    @Bean
    PublicPaths governancePublicPaths() {
        return PublicPaths.of(
                "/governance",
                "/governance/log",
                "/governance/check",
                "/governance/route",
                "/governance/interests",
                "/governance/meetings",
                "/governance/meetings/*",
                "/api/governance/meetings",
                "/api/governance/meetings/*",
                "/api/governance/map",
                "/api/governance/check",
                "/api/governance/route",
                "/api/governance/decisions",
                "/api/governance/verify",
                "/api/governance/scheme",
                "/api/governance/interests",
                "/api/governance/interests.csv");
    }

    /** A whole scheme is tens of kilobytes; a decision a few. */
    @Bean
    BodyLimit governanceEditBodyLimit() {
        return BodyLimit.of("/api/governance/edit/", BodyLimit.MIB);
    }
}
