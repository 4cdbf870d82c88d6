package org.openics.platform.internal;

import org.openics.platform.BoundedParsing;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's own JSON mapper (request bodies of every API) parses within {@link BoundedParsing}'s limits. */
@Configuration(proxyBeanMethods = false)
class ParsingConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer boundedJson() {
        return builder -> builder.postConfigurer(
                mapper -> mapper.getFactory().setStreamReadConstraints(BoundedParsing.constraints()));
    }
}
