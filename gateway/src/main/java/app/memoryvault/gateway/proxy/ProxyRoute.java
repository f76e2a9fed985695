package app.memoryvault.gateway.proxy;

/**
 * One line of the gateway's route table: requests whose path is {@code prefix} or lies below it
 * ({@code /api/decks}, {@code /api/decks/42/cards}, but never {@code /api/decksx}) go to {@code upstream}, for
 * callers with {@code role}, with bodies up to the limit of {@code body}.
 */
public record ProxyRoute(String prefix, Upstream upstream, String role, BodyKind body) {

    /** What a route's requests carry, which decides how large their bodies may be. */
    public enum BodyKind {
        JSON,
        UPLOAD
    }

    /** The Vert.x route path; it also names the route in the HTTP metrics instead of every concrete path. */
    public String pattern() {
        return prefix + "/*";
    }
}
