package app.memoryvault.media.rest;

import app.memoryvault.media.service.QuotaService;
import app.memoryvault.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An admin sets one user's storage limit (the user is the OIDC subject in the path). */
@Path("/api/admin/users/{id}/quota")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminQuotaResource {

    private final QuotaService quotas;

    public AdminQuotaResource(QuotaService quotas) {
        this.quotas = quotas;
    }

    /** The new limit in bytes; what the user already stores stays, even above it. */
    public record QuotaLimit(@NotNull @PositiveOrZero Long limitBytes) {
    }

    @PUT
    public QuotaResponse setLimit(@PathParam("id") @Size(min = 1, max = 255) String userId,
            @Valid @NotNull QuotaLimit request) {
        return QuotaResponse.from(quotas.setLimit(userId, request.limitBytes()));
    }
}
