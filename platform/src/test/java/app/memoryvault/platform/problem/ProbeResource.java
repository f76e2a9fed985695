package app.memoryvault.platform.problem;

import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A resource that exercises each error path of the platform, for the tests only. */
@Path("/api/probe")
@RolesAllowed(Roles.USER)
public class ProbeResource {

    private final CurrentUser currentUser;

    public ProbeResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public record Item(@NotBlank String text) {
    }

    public record ProbeRequest(@NotBlank @Size(max = 10) String name, @Min(1) int count, @NotNull List<@Valid Item> items) {
    }

    @GET
    @Path("/me")
    public Map<String, String> me() {
        return Map.of("id", currentUser.id(), "name", currentUser.name());
    }

    @GET
    public List<Integer> list(@QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return List.of(limit == null ? 1 : limit);
    }

    @POST
    public ProbeRequest create(@Valid @NotNull ProbeRequest request) {
        return request;
    }

    @GET
    @Path("/things/{id}")
    public String thing(@PathParam("id") UUID id) {
        throw ProblemException.notFound("thing", id);
    }

    @GET
    @Path("/things")
    public String things(@QueryParam("ownerId") UUID ownerId) {
        return String.valueOf(ownerId);
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internals");
    }

    @GET
    @Path("/admin")
    @RolesAllowed(Roles.ADMIN)
    public String admin() {
        return "ok";
    }
}
