package app.memoryvault.media.serving;

/** The request headers that shape a content response: {@code Range}, {@code If-None-Match}, {@code If-Range}. */
record ConditionalRequest(String range, String ifNoneMatch, String ifRange) {
}
