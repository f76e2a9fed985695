package app.memoryvault.media.serving;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Answers a signed link to a variant whose file is remembered and whose bytes are on this machine's disk straight
 * from the HTTP router on the event loop, before Quarkus REST: no worker thread, no database, no metadata read, no
 * JAX-RS response; the bytes go by sendfile (whole or one range: the same zero-copy path). Everything else — a link
 * that does not check out, a file not remembered yet, a bearer token, other parameters, a range outside the file,
 * the S3 store — goes on to {@link FileContentResource}, which answers it, errors included, and remembers the file
 * for the next request. Both answer through {@link VariantResponses#answer}.
 */
@ApplicationScoped
public class SignedLinkRoute {

    private static final Set<String> LINK_PARAMETERS = Set.of("variant", "expires", "signature");

    private final ServedFiles files;
    private final LinkSigner signer;

    public SignedLinkRoute(ServedFiles files, LinkSigner signer) {
        this.files = files;
        this.signer = signer;
    }

    /** Before Quarkus REST's route (order 20500), after the HTTP security filters (negative orders). */
    void install(@Observes Router router) {
        router.get("/api/files/:id/content").order(RouteConstants.ROUTE_ORDER_DEFAULT).handler(this::answer);
    }

    void answer(RoutingContext context) {
        MultiMap query = context.queryParams();
        String variant = query.get("variant");
        Optional<UUID> id = uuid(context.pathParam("id"));
        Optional<ServedVariant> served = variant == null || id.isEmpty()
                || !LINK_PARAMETERS.containsAll(query.names()) || !validLink(id.get(), variant, query)
                ? Optional.empty()
                : files.rememberedVariant(id.get(), variant).filter(remembered -> remembered.localFile().isPresent());
        if (served.isEmpty()) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        VariantAnswer answer = VariantResponses.answer(id.get(), variant, served.get().object(), new ConditionalRequest(
                request.getHeader("Range"), request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader("If-Range")));
        HttpServerResponse response = context.response();
        switch (answer) {
            case VariantAnswer.NotModified notModified -> {
                notModified.headers().forEach(response::putHeader);
                response.setStatusCode(304).end();
            }
            case VariantAnswer.Bytes bytes -> {
                bytes.headers().forEach(response::putHeader);
                if (bytes.contentType() != null) {
                    response.putHeader(HttpHeaders.CONTENT_TYPE, bytes.contentType());
                }
                response.setStatusCode(bytes.status())
                        .sendFile(served.get().localFile().get().toString(), bytes.start(), bytes.length())
                        .onFailure(context::fail);
            }
            case VariantAnswer.Unsatisfiable u -> context.next();
        }
    }

    private boolean validLink(UUID id, String variant, MultiMap query) {
        String expires = query.get("expires");
        String signature = query.get("signature");
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
