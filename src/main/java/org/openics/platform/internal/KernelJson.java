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
import org.openics.kernel.LsoaCode;
import org.openics.kernel.OdsCode;
import org.openics.kernel.PlaceCode;
import org.openics.kernel.Pseudonym;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kernel's codes appear in every API's JSON as the plain strings they always were, and are read from strings
 * (validated by their constructors: a bad code is a 400 naming it; a blank one is absent). The kernel itself knows no
 * Jackson.
 */
@Configuration(proxyBeanMethods = false)
class KernelJson {

    @Bean
    SimpleModule kernelCodesJson() {
        SimpleModule module = new SimpleModule("openics-kernel-codes");
        code(module, OdsCode.class, OdsCode::value, OdsCode::of);
        code(module, PlaceCode.class, PlaceCode::value, PlaceCode::of);
        code(module, LsoaCode.class, LsoaCode::value, LsoaCode::of);
        code(module, Pseudonym.class, Pseudonym::value, Pseudonym::of);
        return module;
    }

    private static <T> void code(
            SimpleModule module, Class<T> type, Function<T, String> text, Function<String, T> parse) {
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
