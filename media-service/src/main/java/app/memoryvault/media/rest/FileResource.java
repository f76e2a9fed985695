package app.memoryvault.media.rest;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.serving.MediaLinks;
import app.memoryvault.media.service.FileCursor;
import app.memoryvault.media.service.FileService;
import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The caller's files: list, metadata with signed links, delete. Another user's file is 404. */
@Path("/api/files")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class FileResource {

    private final FileService files;
    private final MediaLinks links;
    private final CurrentUser currentUser;

    public FileResource(FileService files, MediaLinks links, CurrentUser currentUser) {
        this.files = files;
        this.links = links;
        this.currentUser = currentUser;
    }

    @GET
    public PageResponse<MediaResponse> list(
            @QueryParam("kind") @Pattern(regexp = "image|audio", message = "must be image or audio") String kind,
            @QueryParam("status") @Pattern(regexp = "pending|ready|failed",
                    message = "must be pending, ready or failed") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") String cursor) {
        FileService.Page page = files.list(currentUser.id(), kind, status, limit,
                cursor == null || cursor.isEmpty() ? null : FileCursor.decode(cursor));
        return new PageResponse<>(page.files().stream().map(this::response).toList(),
                page.next() == null ? null : page.next().encode());
    }

    @GET
    @Path("/{id}")
    public MediaResponse get(@PathParam("id") UUID id) {
        return response(files.get(currentUser.id(), id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        files.delete(currentUser.id(), id);
        return Response.noContent().build();
    }

    private MediaResponse response(MediaFile file) {
        return MediaResponse.of(file, links.linksTo(file));
    }
}
