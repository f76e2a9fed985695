package app.memoryvault.gateway.rest;

import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the caller is: lets a client show the signed-in user without decoding the token itself. */
@Path("/api/me")
@RolesAllowed(Roles.USER)
public class MeResource {

    private final CurrentUser currentUser;
    private final SecurityIdentity identity;

    public MeResource(CurrentUser currentUser, SecurityIdentity identity) {
        this.currentUser = currentUser;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return new Me(currentUser.id(), currentUser.name(), identity.getRoles().stream().sorted().toList());
    }
}
