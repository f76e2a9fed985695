package app.memoryvault.media.rest;

import app.memoryvault.events.MediaKind;
import app.memoryvault.media.serving.MediaLinks;
import app.memoryvault.media.service.UploadService;
import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Uploads, {@code multipart/form-data} with the file in part {@code file}. The body is read as a stream (never
 * buffered whole, never parsed into a form by the framework). 202 with the new file, 200 with the existing one when
 * the user uploaded the same bytes before.
 */
@Path("/api/upload")
@RolesAllowed(Roles.USER)
@Consumes(MediaType.MULTIPART_FORM_DATA)
@Produces(MediaType.APPLICATION_JSON)
public class UploadResource {

    private final UploadService uploads;
    private final MediaLinks links;
    private final CurrentUser currentUser;

    public UploadResource(UploadService uploads, MediaLinks links, CurrentUser currentUser) {
        this.uploads = uploads;
        this.links = links;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/image")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = "file",
            properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                    description = "JPEG, PNG, WebP or GIF, at most 10 MB by default"))))
    public Response image(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return upload(MediaKind.IMAGE, contentType, body);
    }

    @POST
    @Path("/audio")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = "file",
            properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                    description = "MP3, WAV, OGG (Vorbis, Opus) or M4A (AAC), at most 25 MB by default"))))
    public Response audio(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return upload(MediaKind.AUDIO, contentType, body);
    }

    private Response upload(MediaKind kind, String contentType, InputStream body) {
        UploadService.Result result = uploads.upload(currentUser.id(), kind, contentType, body);
        return Response.status(result.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .location(URI.create("/api/files/" + result.file().id))
                .entity(MediaResponse.of(result.file(), links.linksTo(result.file())))
                .build();
    }
}
