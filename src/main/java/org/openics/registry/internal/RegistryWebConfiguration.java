package org.openics.registry.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.openics.kernel.OdsCode;
import org.openics.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's pages and API are aggregate and open; codes appear in JSON as plain strings. */
@Configuration(proxyBeanMethods = false)
class RegistryWebConfiguration {

    @Bean
    PublicPaths registryPublicPaths() {
        return PublicPaths.of("/registry", "/registry/**", "/api/registry/**");
    }

    @Bean
    SimpleModule registryJson() {
        SimpleModule module = new SimpleModule("openics-registry");
        module.addSerializer(OdsCode.class, new JsonSerializer<>() {
            @Override
            public void serialize(OdsCode code, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(code.value());
            }
        });
        return module;
    }
}
