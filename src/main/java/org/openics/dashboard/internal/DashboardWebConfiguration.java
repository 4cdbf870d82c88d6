package org.openics.dashboard.internal;

import org.openics.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard shows aggregates only (small numbers suppressed), so it is readable without sign-in. */
@Configuration(proxyBeanMethods = false)
class DashboardWebConfiguration {

    @Bean
    PublicPaths dashboardPublicPaths() {
        return PublicPaths.of("/", "/dashboard", "/dashboard/**", "/indicators", "/indicators/**");
    }
}
