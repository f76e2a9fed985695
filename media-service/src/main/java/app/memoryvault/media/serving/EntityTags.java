package app.memoryvault.media.serving;

/** Entity-tag comparisons for conditional requests (RFC 9110 §13.1). */
final class EntityTags {

    private EntityTags() {
    }

    /** The header value for an object's tag. */
    static String quoted(String etag) {
        return "\"" + etag + "\"";
    }

    /** Whether {@code If-None-Match} names the tag (weak comparison) or is {@code *}. */
    static boolean noneMatchHits(String ifNoneMatch, String quotedTag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || weak(tag).equals(weak(quotedTag))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code If-Range} still allows a partial answer: absent, or the current strong tag. */
    static boolean rangeStillValid(String ifRange, String quotedTag) {
        return ifRange == null || ifRange.strip().equals(quotedTag);
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
