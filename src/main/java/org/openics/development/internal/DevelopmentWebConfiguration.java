package org.openics.development.internal;

import org.openics.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conditions, the plan and data quality are aggregate and open to read; edits (/development/edit/**) need sign-in. */
@Configuration(proxyBeanMethods = false)
class DevelopmentWebConfiguration {

    @Bean
    PublicPaths developmentPublicPaths() {
        return PublicPaths.of("/development", "/development/conditions/*", "/development/plan", "/development/plan/*",
                "/development/plan.yaml", "/data-quality");
    }
}
