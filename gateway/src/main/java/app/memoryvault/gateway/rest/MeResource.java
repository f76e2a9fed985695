package app.memoryvault.gateway.rest;

import app.memoryvault.gateway.aggregate.ServiceClient;
import app.memoryvault.gateway.aggregate.ServiceClient.Reply;
import app.memoryvault.gateway.http.RequestIds;
import app.memoryvault.gateway.protection.RateLimiter;
import app.memoryvault.gateway.proxy.Upstream;
import app.memoryvault.platform.problem.ProblemException;
import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Who the caller is, with their quota and study settings fetched from media- and review-service in parallel with
 * the caller's own token: one answer for a client's start screen. A service that fails or is slow only empties
 * its part.
 */
@Path("/api/me")
@RolesAllowed(Roles.USER)
public class MeResource {

    private static final Logger LOG = Logger.getLogger(MeResource.class);

    private final CurrentUser currentUser;
    private final SecurityIdentity identity;
    private final ServiceClient services;
    private final RateLimiter rateLimiter;

    public MeResource(CurrentUser currentUser, SecurityIdentity identity, ServiceClient services, RateLimiter rateLimiter) {
        this.currentUser = currentUser;
        this.identity = identity;
        this.services = services;
        this.rateLimiter = rateLimiter;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Me> me(RoutingContext context) {
        String requestId = RequestIds.of(context);
        String id = currentUser.id();
        rateLimiter.checkUser(id, "/api/me").ifPresent(problem -> {
            throw new ProblemException(problem);
        });
        String name = currentUser.name();
        List<String> roles = identity.getRoles().stream().sorted().toList();
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        String token = credential == null ? null : credential.getToken();
        Uni<JsonNode> quota = part(Me.QUOTA, services.get(Upstream.MEDIA, "/api/files/quota", token, requestId));
        Uni<JsonNode> settings = part(Me.SETTINGS, services.get(Upstream.REVIEW, "/api/review/settings", token, requestId));
        return Uni.combine().all().unis(quota, settings).with((quotaJson, settingsJson) -> {
            List<String> unavailable = new ArrayList<>();
            Me.Quota usage = quotaOf(quotaJson);
            if (usage == null) {
                unavailable.add(Me.QUOTA);
            }
            if (settingsJson == null) {
                unavailable.add(Me.SETTINGS);
            }
            return new Me(id, name, roles, usage, settingsJson, List.copyOf(unavailable));
        });
    }

    /** The body of a successful answer, or null (logged) for an error status, a timeout or no connection. */
    private static Uni<JsonNode> part(String name, Uni<Reply> call) {
        return call.map(reply -> {
            if (!reply.ok()) {
                LOG.warnf("/api/me: %s answered %d", name, reply.status());
                return null;
            }
            return reply.body();
        }).onFailure().recoverWithItem(failure -> {
            LOG.warnf("/api/me: %s unavailable: %s", name, failure.toString());
            return null;
        });
    }

    private static Me.Quota quotaOf(JsonNode json) {
        if (json == null || !json.path("used").isNumber() || !json.path("limit").isNumber()) {
            return null;
        }
        return new Me.Quota(json.get("used").asLong(), json.get("limit").asLong());
    }
}
