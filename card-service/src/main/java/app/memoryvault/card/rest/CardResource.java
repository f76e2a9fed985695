package app.memoryvault.card.rest;

import app.memoryvault.card.service.CardFilter;
import app.memoryvault.card.service.CardService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's cards. Updates and deletes honour {@code If-Match} when sent (412 if stale) and proceed without it. */
@Path("/api/cards")
@RolesAllowed(Roles.USER)
@RunOnVirtualThread
@Tag(name = "Cards")
public class CardResource {

    private static final String UNUSABLE_MEDIA =
            "A media item's mediaId is not one of your media-service files, or is a file of the other kind";
    private static final String MEDIA_SERVICE_DOWN =
            "media-service could not be asked about the card's media files in time; nothing was stored";
    private static final String IF_MATCH =
            "ETag of the version you read: 412 if the card has changed since; without it the change is unconditional";

    private final CardService cards;
    private final CurrentUser currentUser;

    public CardResource(CardService cards, CurrentUser currentUser) {
        this.cards = cards;
        this.currentUser = currentUser;
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version",
            content = @Content(schema = @Schema(implementation = CardResponse.class)))
    @APIResponse(responseCode = "422", description = UNUSABLE_MEDIA)
    @APIResponse(responseCode = "503", description = MEDIA_SERVICE_DOWN)
    @Operation(summary = "Create a card in one of your decks")
    public Response create(@Valid @NotNull CardRequest request, UriInfo uri) {
        CardResponse card = cards.create(currentUser.id(), request);
        return ETags.created(uri, card.id(), card, card.version());
    }

    @GET
    @Operation(summary = "List your cards, filtered, sorted by created (default), updated or due time, by cursor")
    public Page<CardResponse> list(
            @QueryParam("deckId") UUID deckId,
            @Parameter(description = "true: the deck's subdecks too (needs deckId)")
            @QueryParam("includeSubdecks") String includeSubdecks,
            @Parameter(description = "repeatable: cards carrying all these tags") @QueryParam("tag") List<String> tags,
            @Parameter(description = "Leitner box, from 1") @QueryParam("box") String box,
            @Parameter(description = "ISO-8601 instant: cards due before it") @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "pending, ready or failed: cards with at least one media item in that status")
            @QueryParam("mediaStatus") String mediaStatus,
            @Parameter(description = "full-text search over text items (web-search syntax, up to 200 characters)")
            @QueryParam("q") String query,
            @Parameter(description = "repeatable or comma-separated: these cards only, up to 100")
            @QueryParam("ids") List<String> ids,
            @Parameter(description = "created (default), updated or due; never-due cards last")
            @QueryParam("sort") String sort,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        CardFilter filter = CardFilter.of(deckId, includeSubdecks, tags, box, dueBefore, mediaStatus, query, ids,
                sort);
        return cards.list(currentUser.id(), filter, limit, cursor);
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "ETag carries its version",
            content = @Content(schema = @Schema(implementation = CardResponse.class)))
    @Operation(summary = "Get a card")
    public Response get(@PathParam("id") UUID id) {
        return withTag(cards.get(currentUser.id(), id));
    }

    @PUT
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "Replaced; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = CardResponse.class)))
    @APIResponse(responseCode = "422", description = UNUSABLE_MEDIA)
    @APIResponse(responseCode = "503", description = MEDIA_SERVICE_DOWN)
    @Operation(summary = "Replace a card's deck, items and tags")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CardRequest request) {
        return withTag(cards.update(currentUser.id(), id, ETags.expected(ifMatch), request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Move a card to the trash")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        cards.delete(currentUser.id(), id, ETags.expected(ifMatch));
    }

    @POST
    @Path("/{id}/restore")
    @APIResponse(responseCode = "200",
            description = "Back from the trash (or was never in it); ETag carries its version",
            content = @Content(schema = @Schema(implementation = CardResponse.class)))
    @APIResponse(responseCode = "410", description = "Deleted longer ago than the retention (default 30 days)")
    @APIResponse(responseCode = "409", description = "Its deck is in the trash: restore the deck first")
    @Operation(summary = "Restore a card from the trash")
    public Response restore(@PathParam("id") UUID id) {
        return withTag(cards.restore(currentUser.id(), id));
    }

    private static Response withTag(CardResponse card) {
        return ETags.ok(card, card.version());
    }
}
