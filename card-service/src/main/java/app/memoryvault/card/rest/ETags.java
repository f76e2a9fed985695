package app.memoryvault.card.rest;

import app.memoryvault.card.service.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A resource's version as a strong entity tag on the responses that carry it, and the {@code If-Match} header read
 * back into versions.
 */
final class ETags {

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the representation and its version as ETag. */
    static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(of(version)).build();
    }

    /** 201 with the new resource's Location (below the request's path), its representation and its ETag. */
    static Response created(UriInfo uri, UUID id, Object entity, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(of(version))
                .entity(entity)
                .build();
    }

    /**
     * The versions an {@code If-Match} header accepts. Weak or malformed tags never match (RFC 9110 requires a strong
     * comparison), so a request carrying only those fails with 412.
     */
    static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
                try {
                    versions.add(Long.parseLong(value.substring(1, value.length() - 1)));
                } catch (NumberFormatException e) {
                    // not one of our tags: it matches nothing
                }
            }
        }
        return new ExpectedVersion(Set.copyOf(versions));
    }
}
