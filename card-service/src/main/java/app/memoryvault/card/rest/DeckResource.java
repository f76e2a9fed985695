package app.memoryvault.card.rest;

import app.memoryvault.card.service.DeckService;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's decks. Updates and deletes honour {@code If-Match} when sent (412 if stale) and proceed without it. */
@Path("/api/decks")
@RolesAllowed(Roles.USER)
@RunOnVirtualThread
@Tag(name = "Decks")
public class DeckResource {

    private static final String IF_MATCH =
            "ETag of the version you read: 412 if the deck has changed since; without it the change is unconditional";

    private final DeckService decks;
    private final CurrentUser currentUser;

    public DeckResource(DeckService decks, CurrentUser currentUser) {
        this.decks = decks;
        this.currentUser = currentUser;
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version",
            content = @Content(schema = @Schema(implementation = DeckResponse.class)))
    @Operation(summary = "Create a deck")
    public Response create(@Valid @NotNull DeckRequest request, UriInfo uri) {
        DeckResponse deck = decks.create(currentUser.id(), request);
        return ETags.created(uri, deck.id(), deck, deck.version());
    }

    @GET
    @Operation(summary = "List your decks in name order, with their card counts")
    public Page<DeckResponse> list(
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor) {
        return decks.list(currentUser.id(), limit, cursor);
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "ETag carries its version",
            content = @Content(schema = @Schema(implementation = DeckResponse.class)))
    @Operation(summary = "Get a deck")
    public Response get(@PathParam("id") UUID id) {
        return withTag(decks.get(currentUser.id(), id));
    }

    @PUT
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "Replaced; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = DeckResponse.class)))
    @Operation(summary = "Replace a deck's name, description, parent and scheduler")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeckRequest request) {
        return withTag(decks.update(currentUser.id(), id, ETags.expected(ifMatch), request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Move a deck, its subdecks and their cards to the trash")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        decks.delete(currentUser.id(), id, ETags.expected(ifMatch));
    }

    @POST
    @Path("/{id}/restore")
    @APIResponse(responseCode = "200",
            description = "Back from the trash with what its deletion took; ETag carries its version",
            content = @Content(schema = @Schema(implementation = DeckResponse.class)))
    @APIResponse(responseCode = "410", description = "Deleted longer ago than the retention (default 30 days)")
    @APIResponse(responseCode = "409", description = "Its parent is in the trash, or a live deck has its name")
    @Operation(summary = "Restore a deck, its subdecks and cards deleted with it")
    public Response restore(@PathParam("id") UUID id) {
        return withTag(decks.restore(currentUser.id(), id));
    }

    private static Response withTag(DeckResponse deck) {
        return ETags.ok(deck, deck.version());
    }
}
