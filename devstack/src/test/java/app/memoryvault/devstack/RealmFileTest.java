package app.memoryvault.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed realm is what the suite (and compose/k8s) rely on: check it without starting Keycloak. */
class RealmFileTest {

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        realm = new ObjectMapper().readTree(Path.of("src/main/keycloak/memoryvault-realm.json").toFile());
    }

    @Test
    void shouldDefineTheMemoryvaultRealmWithSelfRegistration() {
        assertThat(realm.path("realm").asText()).isEqualTo("memoryvault");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(realm.path("accessTokenLifespan").asInt()).isBetween(300, 1800);
    }

    @Test
    void shouldGiveEveryNewUserTheUserRoleButNotAdmin() {
        assertThat(names(realm.path("roles").path("realm"))).contains("user", "admin");
        String defaultRole = realm.path("defaultRole").path("name").asText();
        JsonNode composite = find(realm.path("roles").path("realm"), "name", defaultRole);
        assertThat(composite.path("composite").asBoolean()).isTrue();
        assertThat(texts(composite.path("composites").path("realm"))).contains("user").doesNotContain("admin");
    }

    @Test
    void shouldHaveAConfidentialGatewayClientWithPkce() {
        JsonNode gateway = find(realm.path("clients"), "clientId", "memoryvault-gateway");
        assertThat(gateway.path("publicClient").asBoolean()).isFalse();
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(gateway.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(gateway.path("redirectUris"))).containsExactly("http://localhost:8080/*");
        assertThat(gateway.path("secret").asText())
                .isEqualTo("${" + Endpoints.GATEWAY_SECRET_VARIABLE + ":" + Endpoints.GATEWAY_SECRET_DEFAULT + "}");
    }

    @Test
    void shouldHaveAPublicCliClientWithDirectAccessGrants() {
        JsonNode cli = find(realm.path("clients"), "clientId", "memoryvault-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
    }

    @Test
    void shouldContainNoUsersSoThatProductionRealmsStayUserFree() {
        assertThat(realm.has("users")).isFalse();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> value.equals(node.path(field).asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + array));
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path("name").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
