package app.memoryvault.card.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** media-service's files API as seen by card-service; built by {@link MediaClientProducer}. */
@Path("/api/files")
public interface MediaFilesClient {

    /**
     * The caller's file, asked with the caller's own token so that media-service decides whose it is: another
     * user's file, a deleted one and one that never existed all answer 404.
     */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    MediaFileAnswer get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
