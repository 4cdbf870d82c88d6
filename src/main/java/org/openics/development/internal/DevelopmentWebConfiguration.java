package org.openics.development.internal;

import org.openics.platform.BodyLimit;
import org.openics.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conditions, the plan and data quality are aggregate and open to read; edits (/development/edit/**) need sign-in. */
@Configuration(proxyBeanMethods = false)
class DevelopmentWebConfiguration {

    @Bean
    PublicPaths developmentPublicPaths() {
        return PublicPaths.of(
                "/development",
                "/development/conditions/*",
                "/development/plan",
                "/development/plan/*",
                "/development/plan.yaml",
                "/data-quality");
    }

    /** An edit form or a whole plan as YAML: well under a megabyte. */
    @Bean
    BodyLimit developmentEditBodyLimit() {
        return BodyLimit.of("/development/edit/", BodyLimit.MIB);
    }
}
