package app.memoryvault.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the JSON Schemas in step with the records: what is serialised is what the schema describes, and only that. */
@QuarkusTest
class EventSchemaTest {

    private static final String ENVELOPE_SCHEMA = "schemas/envelope.v1.json";
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build()));

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Test
    void shouldHaveAnEventTypeAndASchemaForEveryDomainEvent() {
        Set<Class<?>> permitted = Set.of(DomainEvent.class.getPermittedSubclasses());
        Set<Class<?>> typed = Arrays.stream(EventType.values()).map(EventType::payloadType).collect(Collectors.toSet());

        assertThat(typed).isEqualTo(permitted);
        for (EventType type : EventType.values()) {
            assertThat(resource(type.schemaPath())).as(type.schemaPath()).isNotNull();
            assertThat(schemaJson(type.schemaPath()).path("$id").asText()).endsWith(type.type() + ":v" + type.version());
        }
        assertThat(EventSamples.full().keySet()).containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void shouldValidateEveryEventAgainstItsSchema() throws IOException {
        for (DomainEvent event : allSamples()) {
            JsonNode envelope = mapper.readTree(codec.encode(EventEnvelope.of("alice", event)));

            assertThat(schema(ENVELOPE_SCHEMA).validate(envelope.toString(), InputFormat.JSON))
                    .as("envelope of %s", event).isEmpty();
            assertThat(schema(event.eventType().schemaPath())
                    .validate(envelope.get("payload").toString(), InputFormat.JSON))
                    .as("payload of %s", event).isEmpty();
        }
    }

    @Test
    void shouldRejectPayloadsThatBreakTheSchema() throws IOException {
        ObjectNode payload = (ObjectNode) mapper.readTree(
                codec.encode(EventEnvelope.of("alice", EventSamples.full().get(EventType.CARD_REVIEWED))))
                .get("payload");
        Schema schema = schema(EventType.CARD_REVIEWED.schemaPath());

        assertThat(schema.validate(payload.deepCopy().put("rating", 5).toString(),
                InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(payload.deepCopy().put("cardId", "not-a-uuid").toString(),
                InputFormat.JSON)).isNotEmpty();
        ObjectNode missing = payload.deepCopy();
        missing.remove("dueAt");
        assertThat(schema.validate(missing.toString(), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void shouldDescribeExactlyTheFieldsOfEachRecord() throws IOException {
        for (EventType type : EventType.values()) {
            JsonNode schema = schemaJson(type.schemaPath());
            assertSameFields(type.payloadType(), schema, schema, type.schemaPath());

            JsonNode serialised = mapper.readTree(codec.encode(EventEnvelope.of("alice", EventSamples.full().get(type))))
                    .get("payload");
            assertThat(fieldNames(serialised)).as("serialised %s", type).isEqualTo(fieldNames(schema.get("properties")));
        }
        JsonNode envelopeSchema = schemaJson(ENVELOPE_SCHEMA);
        assertThat(fieldNames(envelopeSchema.get("properties"))).isEqualTo(componentNames(EventEnvelope.class));
        assertThat(fieldNames(mapper.readTree(codec.encode(EventEnvelope.of("alice", new DeckDeleted(EventSamples.DECK))))))
                .isEqualTo(componentNames(EventEnvelope.class));
    }

    /** The record's components are the schema's properties, all required; nested records and enums likewise. */
    private void assertSameFields(Class<?> record, JsonNode definition, JsonNode root, String where) {
        assertThat(fieldNames(definition.get("properties"))).as("properties of %s in %s", record.getSimpleName(), where)
                .isEqualTo(componentNames(record));
        assertThat(textValues(definition.get("required"))).as("required of %s in %s", record.getSimpleName(), where)
                .isEqualTo(componentNames(record));
        for (RecordComponent component : record.getRecordComponents()) {
            for (Class<?> nested : nestedTypes(component.getGenericType())) {
                JsonNode nestedDefinition = root.path("$defs").path(nested.getSimpleName());
                assertThat(nestedDefinition.isMissingNode()).as("$defs/%s in %s", nested.getSimpleName(), where).isFalse();
                if (nested.isRecord()) {
                    assertSameFields(nested, nestedDefinition, root, where);
                } else {
                    assertThat(textValues(nestedDefinition.get("enum"))).as("enum %s in %s", nested.getSimpleName(), where)
                            .isEqualTo(jsonNames(nested));
                }
            }
        }
    }

    private Set<String> jsonNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> mapper.valueToTree(constant).asText())
                .collect(Collectors.toSet());
    }

    private static List<Class<?>> nestedTypes(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments())
                    .flatMap(argument -> nestedTypes(argument).stream())
                    .toList();
        }
        if (type instanceof Class<?> cls && (cls.isRecord() || cls.isEnum())) {
            return List.of(cls);
        }
        return List.of();
    }

    private static List<DomainEvent> allSamples() {
        List<DomainEvent> samples = new ArrayList<>(EventSamples.full().values());
        samples.addAll(EventSamples.sparse());
        return samples;
    }

    private static Set<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> textValues(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private JsonNode schemaJson(String path) {
        try (InputStream in = resource(path)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(String path) {
        return SCHEMAS.getSchema(resource(path));
    }

    private static InputStream resource(String path) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
    }
}
