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
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** What a request with these conditions gets of {@code stored}, variant {@code variant} of file {@code id}. */
    static VariantAnswer answer(UUID id, String variant, StoredObject stored, ConditionalRequest request) {
        String etag = EntityTags.quoted(stored.etag());
        if (EntityTags.noneMatchHits(request.ifNoneMatch(), etag)) {
            return new VariantAnswer.NotModified(Map.of(HttpHeaders.ETAG, etag, HttpHeaders.CACHE_CONTROL, IMMUTABLE));
        }
        ByteRange range = EntityTags.rangeStillValid(request.ifRange(), etag)
                ? ByteRange.of(request.range(), stored.size())
                : new ByteRange.Whole();
        return switch (range) {
            case ByteRange.Unsatisfiable u -> new VariantAnswer.Unsatisfiable(stored.size());
            case ByteRange.Part part -> bytes(206, part.start(), part.length(), id, variant, stored, etag,
                    "bytes " + part.start() + "-" + part.end() + "/" + stored.size());
            case ByteRange.Whole w -> bytes(200, 0, stored.size(), id, variant, stored, etag, null);
        };
    }

    Response of(UUID id, String variant, ServedVariant served, ConditionalRequest request) {
        return switch (answer(id, variant, served.object(), request)) {
            case VariantAnswer.NotModified notModified -> headers(Response.notModified(), notModified.headers()).build();
            case VariantAnswer.Unsatisfiable u -> Response.fromResponse(ProblemResponses.of(Problem.of(416,
                            "range-not-satisfiable", "Range not satisfiable",
                            "the variant has " + u.size() + " bytes", null)))
                    .header("Content-Range", "bytes */" + u.size())
                    .build();
            case VariantAnswer.Bytes bytes -> headers(body(Response.status(bytes.status()), served, bytes.start(),
                    bytes.length()), bytes.headers()).type(bytes.contentType()).build();
        };
    }

    private static VariantAnswer.Bytes bytes(int status, long start, long length, UUID id, String variant,
            StoredObject stored, String etag, String contentRange) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Ranges", "bytes");
        headers.put(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(HttpHeaders.ETAG, etag);
        headers.put(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline(id, variant, stored.contentType()));
        if (contentRange != null) {
            headers.put("Content-Range", contentRange);
        }
        return new VariantAnswer.Bytes(status, start, length, stored.contentType(), headers);
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, Map<String, String> headers) {
        headers.forEach(response::header);
        return response;
    }

    private Response.ResponseBuilder body(Response.ResponseBuilder response, ServedVariant served, long start, long length) {
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
