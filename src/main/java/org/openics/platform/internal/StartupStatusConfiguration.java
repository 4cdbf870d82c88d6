package org.openics.platform.internal;

import org.openics.platform.StartupStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The running platform's one {@link StartupStatus}. */
@Configuration(proxyBeanMethods = false)
class StartupStatusConfiguration {

    @Bean
    StartupStatus startupStatus() {
        return new StartupStatus();
    }
}
