package app.memoryvault.platform.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Makes every JSON body refuse strings the database cannot store. */
@Singleton
public class JsonInputCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("memoryvault-input")
                .addDeserializer(String.class, new NulRejectingStringDeserializer()));
    }
}
