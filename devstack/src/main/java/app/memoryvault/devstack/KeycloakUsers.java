package app.memoryvault.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Creates the local run's users through the Keycloak admin REST API when they are missing, so that the committed
 * realm file stays free of users (production realms get none).
 */
final class KeycloakUsers {

    /** A user of the local run; {@code roles} are realm roles. */
    record DemoUser(String username, String password, String firstName, String lastName, List<String> roles) {

        String email() {
            return username + "@memoryvault.localhost";
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo", "demo", "Demo", "User", List.of("user")),
            new DemoUser("admin", "admin", "Admin", "User", List.of("user", "admin")));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String adminApi = Endpoints.KEYCLOAK_URL + "/admin/realms/" + Endpoints.REALM;
    private final String token;

    private KeycloakUsers(String token) {
        this.token = token;
    }

    /** Signs in as the bootstrap admin of the master realm. */
    static KeycloakUsers signIn() {
        JsonNode response = new KeycloakUsers("").send(HttpRequest.newBuilder(
                        URI.create(Endpoints.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "password",
                        "client_id", "admin-cli",
                        "username", Keycloak.ADMIN_USERNAME,
                        "password", Keycloak.ADMIN_PASSWORD)))));
        return new KeycloakUsers(response.get("access_token").asText());
    }

    /** Creates {@code user} unless a user of that name exists; returns whether it was created. */
    boolean ensure(DemoUser user) {
        if (find(user.username()).isPresent()) {
            return false;
        }
        Map<String, Object> representation = Map.of(
                "username", user.username(),
                "enabled", true,
                "email", user.email(),
                "emailVerified", true,
                "firstName", user.firstName(),
                "lastName", user.lastName(),
                "requiredActions", List.of(),
                "credentials", List.of(Map.of("type", "password", "value", user.password(), "temporary", false)));
        send(authorized(adminApi + "/users").POST(jsonBody(representation)));
        String id = find(user.username())
                .orElseThrow(() -> new StartFailed("Keycloak did not keep the new user " + user.username()))
                .get("id").asText();
        List<JsonNode> roles = user.roles().stream()
                .map(role -> send(authorized(adminApi + "/roles/" + role).GET()))
                .toList();
        send(authorized(adminApi + "/users/" + id + "/role-mappings/realm").POST(jsonBody(roles)));
        return true;
    }

    private Optional<JsonNode> find(String username) {
        JsonNode users = send(authorized(adminApi + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET());
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0));
    }

    private HttpRequest.Builder authorized(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new StartFailed("Keycloak admin API " + built.method() + " " + built.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new StartFailed("Keycloak admin API " + built.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailed("interrupted");
        }
    }

    private static HttpRequest.BodyPublisher jsonBody(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
