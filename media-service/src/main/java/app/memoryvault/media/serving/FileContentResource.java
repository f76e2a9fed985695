package app.memoryvault.media.serving;

import app.memoryvault.platform.problem.ProblemException;
import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The bytes of one processed variant of a file: for its owner with a bearer token, or for anyone holding a signed,
 * unexpired link (so that {@code <img>} and {@code <audio>} work without a token). The raw upload is never served.
 */
@Path("/api/files/{id}/content")
@PermitAll
public class FileContentResource {

    private final ServedFiles files;
    private final VariantResponses responses;
    private final LinkSigner signer;
    private final SecurityIdentity identity;
    private final CurrentUser currentUser;

    public FileContentResource(ServedFiles files, VariantResponses responses, LinkSigner signer,
            SecurityIdentity identity, CurrentUser currentUser) {
        this.files = files;
        this.responses = responses;
        this.signer = signer;
        this.identity = identity;
        this.currentUser = currentUser;
    }

    @GET
    public Response content(@PathParam("id") UUID id, @QueryParam("variant") String variant,
            @QueryParam("expires") String expires, @QueryParam("signature") String signature,
            @HeaderParam("Range") String range, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam("If-Range") String ifRange) {
        if (variant == null || variant.isBlank()) {
            throw ProblemException.invalid("variant", "is required");
        }
        ServedVariant served = (expires != null || signature != null ? linked(id, variant, expires, signature) : owned(id, variant))
                .orElseThrow(() -> ProblemException.notFound("file variant", id + "/" + variant));
        return responses.of(id, variant, served, new ConditionalRequest(range, ifNoneMatch, ifRange));
    }

    private Optional<ServedVariant> owned(UUID id, String variant) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Roles.USER)) {
            throw new ForbiddenException();
        }
        return files.ownersVariant(id, currentUser.id(), variant);
    }

    private Optional<ServedVariant> linked(UUID id, String variant, String expires, String signature) {
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires == null ? "" : expires);
        } catch (NumberFormatException e) {
            throw invalidLink("the link is not signed by this service");
        }
        return switch (signer.check(id, variant, expiresAt, signature, Instant.now())) {
            case TAMPERED -> throw invalidLink("the link is not signed by this service");
            case EXPIRED -> throw invalidLink("the link has expired; ask for the file again for a fresh one");
            case VALID -> files.linkedVariant(id, variant);
        };
    }

    private static ProblemException invalidLink(String detail) {
        return new ProblemException(403, "invalid-link", "Forbidden", detail);
    }
}
