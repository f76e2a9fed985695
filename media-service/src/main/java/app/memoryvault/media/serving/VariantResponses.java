package app.memoryvault.media.serving;

import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StoredObject;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.UUID;
import org.jboss.resteasy.reactive.PathPart;

/**
 * Turns a stored variant into its HTTP answer: 200, 206 for one range, 304 for a matching tag, 416 for a range
 * outside it; immutable caching, the stored type with {@code nosniff}, an inline disposition of our own making.
 * Bytes go from a local file by sendfile, or are streamed from the store; never held in memory.
 */
@ApplicationScoped
public class VariantResponses {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final MediaStorage storage;

    public VariantResponses(MediaStorage storage) {
        this.storage = storage;
    }

    Response of(UUID id, String variant, ServedVariant served, ConditionalRequest request) {
        StoredObject stored = served.object();
        String etag = EntityTags.quoted(stored.etag());
        if (EntityTags.noneMatchHits(request.ifNoneMatch(), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
        }
        ByteRange range = EntityTags.rangeStillValid(request.ifRange(), etag)
                ? ByteRange.of(request.range(), stored.size())
                : new ByteRange.Whole();
        return switch (range) {
            case ByteRange.Unsatisfiable u -> Response.fromResponse(ProblemResponses.of(Problem.of(416,
                            "range-not-satisfiable", "Range not satisfiable",
                            "the variant has " + stored.size() + " bytes", null)))
                    .header("Content-Range", "bytes */" + stored.size())
                    .build();
            case ByteRange.Part part -> body(Response.status(206), served, part.start(), part.length())
                    .header("Content-Range", "bytes " + part.start() + "-" + part.end() + "/" + stored.size())
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline(id, variant, stored.contentType()))
                    .type(stored.contentType())
                    .build();
            case ByteRange.Whole w -> body(Response.ok(), served, 0, stored.size())
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline(id, variant, stored.contentType()))
                    .type(stored.contentType())
                    .build();
        };
    }

    private Response.ResponseBuilder body(Response.ResponseBuilder response, ServedVariant served, long start, long length) {
        response.header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .header("X-Content-Type-Options", "nosniff");
        if (served.localFile().isPresent()) {
            return response.entity(new PathPart(served.localFile().get(), start, length));
        }
        StreamingOutput stream = output -> {
            try (InputStream in = storage.open(served.key(), start, length)) {
                in.transferTo(output);
            }
        };
        return response.entity(stream).header(HttpHeaders.CONTENT_LENGTH, length);
    }
}
