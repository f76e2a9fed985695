package app.memoryvault.media.rest;

import app.memoryvault.media.service.QuotaService;
import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's storage quota. */
@Path("/api/files/quota")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class QuotaResource {

    private final QuotaService quotas;
    private final CurrentUser currentUser;

    public QuotaResource(QuotaService quotas, CurrentUser currentUser) {
        this.quotas = quotas;
        this.currentUser = currentUser;
    }

    @GET
    public QuotaResponse quota() {
        return QuotaResponse.from(quotas.usageOf(currentUser.id()));
    }
}
