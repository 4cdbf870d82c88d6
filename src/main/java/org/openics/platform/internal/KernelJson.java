package org.openics.platform.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kernel's codes appear in every API's JSON as the plain strings they always were, and are read from strings
 * (validated by their constructors: a bad code is a 400 naming it; a blank one is absent). The kernel itself knows no
 * Jackson. The module is a Spring bean for the web layer's mapper and a Jackson service
 * ({@code META-INF/services/com.fasterxml.jackson.databind.Module}), so any mapper built with
 * {@code findAndRegisterModules()} (the command line's {@code --json}) writes the codes the same way.
 */
@Configuration(proxyBeanMethods = false)
class KernelJson {

    @Bean
    SimpleModule kernelCodesJson() {
        return new KernelCodesModule();
    }

    static <T> void code(SimpleModule module, Class<T> type, Function<T, String> text, Function<String, T> parse) {
        module.addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(text.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
                String value = json.getValueAsString();
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException e) {
                    return context.reportInputMismatch(type, "%s", e.getMessage());
                }
            }
        });
    }
}
