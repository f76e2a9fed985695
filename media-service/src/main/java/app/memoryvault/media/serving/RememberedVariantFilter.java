package app.memoryvault.media.serving;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers a signed link to a variant whose file is remembered and whose bytes are on this machine's disk on the event
 * loop — no hop to a worker thread, no database, no metadata read; the bytes go by sendfile. Everything else (a link
 * that does not check out, a file not remembered yet, a bearer token, the S3 store) goes on to
 * {@link FileContentResource}, which answers it, errors included, and remembers the file for the next request.
 */
public class RememberedVariantFilter {

    private static final Pattern CONTENT = Pattern.compile("/api/files/([^/]+)/content");
    private static final Set<String> LINK_PARAMETERS = Set.of("variant", "expires", "signature");

    private final ServedFiles files;
    private final VariantResponses responses;
    private final LinkSigner signer;

    public RememberedVariantFilter(ServedFiles files, VariantResponses responses, LinkSigner signer) {
        this.files = files;
        this.responses = responses;
        this.signer = signer;
    }

    /**
     * The answer for a remembered local variant behind a valid link; {@code null} to let the resource answer. Quarkus
     * REST accepts a non-blocking filter only before every other, so this one runs before resource matching (and
     * before the platform's input checks: it answers only requests with no parameter besides the link's three, whose
     * values the signature check has then vouched for).
     */
    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = Priorities.AUTHENTICATION - 100)
    public Response answerRemembered(ContainerRequestContext request) {
        Matcher path = CONTENT.matcher(request.getUriInfo().getPath());
        if (!HttpMethod.GET.equals(request.getMethod()) || !path.matches()) {
            return null;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        String variant = query.getFirst("variant");
        Optional<UUID> id = uuid(path.group(1));
        if (variant == null || id.isEmpty() || !LINK_PARAMETERS.containsAll(query.keySet())
                || !validLink(id.get(), variant, query)) {
            return null;
        }
        return files.rememberedVariant(id.get(), variant)
                .filter(served -> served.localFile().isPresent())
                .map(served -> responses.of(id.get(), variant, served, new ConditionalRequest(
                        request.getHeaderString("Range"), request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                        request.getHeaderString("If-Range"))))
                .orElse(null);
    }

    private boolean validLink(UUID id, String variant, MultivaluedMap<String, String> query) {
        String expires = query.getFirst("expires");
        String signature = query.getFirst("signature");
        if (expires == null || signature == null) {
            return false;
        }
        try {
            return signer.check(id, variant, Long.parseLong(expires), signature, Instant.now()) == LinkSigner.Check.VALID;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
