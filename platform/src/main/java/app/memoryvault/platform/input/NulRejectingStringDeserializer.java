package app.memoryvault.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/** Reads JSON strings as Jackson does, refusing one with a NUL character (a 400 naming the field, not a database error). */
final class NulRejectingStringDeserializer extends StdScalarDeserializer<String> {

    NulRejectingStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (NulCharacters.in(value)) {
            throw InvalidFormatException.from(parser, NulCharacters.MESSAGE, value, String.class);
        }
        return value;
    }
}
