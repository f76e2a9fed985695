package app.memoryvault.gateway.docs;

import app.memoryvault.gateway.aggregate.ServiceClient;
import app.memoryvault.gateway.http.RequestIds;
import app.memoryvault.gateway.proxy.Upstream;
import app.memoryvault.platform.problem.RoutingProblems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves each service's OpenAPI document at {@code /q/openapi/<service>} for the gateway's one Swagger UI: fetched
 * from the service when asked, without its own {@code servers} (calls go through the gateway, which serves the
 * document) and with an OpenID Connect scheme added next to the bearer one, so "Authorize" on the page logs in
 * with the identity provider.
 */
@ApplicationScoped
public class ServiceApiDocs {

    public static final String PATH = "/q/openapi/";
    static final String OIDC_SCHEME = "oidc";

    private final ServiceClient services;
    private final RoutingProblems problems;
    private final ObjectMapper objectMapper;
    private final String openIdConnectUrl;

    public ServiceApiDocs(ServiceClient services, RoutingProblems problems, ObjectMapper objectMapper,
            @ConfigProperty(name = "quarkus.smallrye-openapi.oidc-open-id-connect-url") String openIdConnectUrl) {
        this.services = services;
        this.problems = problems;
        this.objectMapper = objectMapper;
        this.openIdConnectUrl = openIdConnectUrl;
    }

    void install(@Observes Router router) {
        router.get(PATH + ":service").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        Optional<Upstream> upstream = Arrays.stream(Upstream.values())
                .filter(candidate -> candidate.serviceName().equals(context.pathParam("service")))
                .findFirst();
        if (upstream.isEmpty()) {
            problems.send(context, RoutingProblems.of(404, "no service of that name behind the gateway", context));
            return;
        }
        String name = upstream.get().serviceName();
        services.get(upstream.get(), "/q/openapi?format=json", null, RequestIds.of(context)).subscribe().with(
                reply -> {
                    if (reply.ok() && reply.body().isObject()) {
                        send(context, forTheGateway((ObjectNode) reply.body()));
                    } else {
                        problems.send(context, RoutingProblems.of(502, name + " gave no OpenAPI document", context));
                    }
                },
                failure -> problems.send(context, RoutingProblems.of(502, name + " is not reachable", context)));
    }

    private ObjectNode forTheGateway(ObjectNode document) {
        document.remove("servers");
        ObjectNode schemes = document.withObject("/components").withObject("/securitySchemes");
        schemes.putObject(OIDC_SCHEME).put("type", "openIdConnect").put("openIdConnectUrl", openIdConnectUrl);
        for (JsonNode path : document.path("paths")) {
            for (JsonNode operation : path) {
                if (operation.get("security") instanceof ArrayNode security && !security.isEmpty()) {
                    security.addObject().putArray(OIDC_SCHEME);
                }
            }
        }
        return document;
    }

    private void send(RoutingContext context, ObjectNode document) {
        try {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(objectMapper.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
