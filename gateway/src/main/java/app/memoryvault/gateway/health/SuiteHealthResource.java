package app.memoryvault.gateway.health;

import app.memoryvault.gateway.aggregate.ServiceClient;
import app.memoryvault.gateway.aggregate.ServiceClient.Reply;
import app.memoryvault.gateway.http.RequestIds;
import app.memoryvault.gateway.proxy.Upstream;
import app.memoryvault.platform.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/**
 * The operators' view of the whole suite: every service's own /q/health, fetched in parallel, under one status
 * that is UP only when all are (503 otherwise, as /q/health does). Admins only: it names internal checks.
 */
@Path("/api/admin/health")
@RolesAllowed(Roles.ADMIN)
public class SuiteHealthResource {

    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    private final ServiceClient services;

    public SuiteHealthResource(ServiceClient services) {
        this.services = services;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> health(RoutingContext context) {
        String requestId = RequestIds.of(context);
        List<Uni<ObjectNode>> checks = Arrays.stream(Upstream.values())
                .map(upstream -> services.get(upstream, "/q/health", null, requestId)
                        .map(SuiteHealthResource::fromReply)
                        .onFailure().recoverWithItem(failure -> unreachable(failure.toString())))
                .toList();
        return Uni.combine().all().unis(checks).with(ObjectNode.class, results -> {
            ObjectNode servicesNode = JsonNodeFactory.instance.objectNode();
            boolean allUp = true;
            for (int i = 0; i < results.size(); i++) {
                servicesNode.set(Upstream.values()[i].serviceName(), results.get(i));
                allUp &= UP.equals(results.get(i).path("status").asText());
            }
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", allUp ? UP : DOWN);
            body.set("services", servicesNode);
            return Response.status(allUp ? 200 : 503).entity(body).build();
        });
    }

    /** A service's health answer as it gave it (its status, checks and data), or DOWN when it gave none. */
    private static ObjectNode fromReply(Reply reply) {
        JsonNode body = reply.body();
        if (body == null || !body.has("status")) {
            return unreachable("answered HTTP " + reply.status() + " without a health report");
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("status", body.get("status").asText());
        node.set("checks", body.path("checks"));
        return node;
    }

    private static ObjectNode unreachable(String error) {
        return JsonNodeFactory.instance.objectNode().put("status", DOWN).put("error", error);
    }
}
