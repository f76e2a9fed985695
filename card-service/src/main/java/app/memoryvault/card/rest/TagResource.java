package app.memoryvault.card.rest;

import app.memoryvault.card.service.TagService;
import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's tags, as their cards carry them. A tag exists while one of the caller's cards (live or in the trash)
 * carries it; renaming or deleting it changes all those cards.
 */
@Path("/api/tags")
@RolesAllowed(Roles.USER)
@RunOnVirtualThread
@Tag(name = "Tags")
public class TagResource {

    private static final String NAME = "the tag, in any case and with surrounding spaces (URL-encoded)";

    private final TagService tags;
    private final CurrentUser currentUser;

    public TagResource(TagService tags, CurrentUser currentUser) {
        this.tags = tags;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "List your tags that live cards carry, in name order, with how many live cards carry each")
    public Page<TagResponse> list(
            @Parameter(description = "only tags starting with this (autocomplete), up to 50 characters")
            @QueryParam("q") String prefix,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor) {
        return tags.list(currentUser.id(), prefix, limit, cursor);
    }

    @PUT
    @Path("/{tag: .+}")
    @APIResponse(responseCode = "200", description = "Renamed on every card that carried it; merged into an"
            + " existing tag of the new name")
    @Operation(summary = "Rename a tag on all your cards")
    public TagResponse rename(@Parameter(description = NAME) @PathParam("tag") String tag,
            @Valid @NotNull TagRequest request) {
        return tags.rename(currentUser.id(), tag, request);
    }

    @DELETE
    @Path("/{tag: .+}")
    @Operation(summary = "Remove a tag from all your cards")
    public void delete(@Parameter(description = NAME) @PathParam("tag") String tag) {
        tags.delete(currentUser.id(), tag);
    }
}
