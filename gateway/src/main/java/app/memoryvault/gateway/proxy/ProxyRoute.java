package app.memoryvault.gateway.proxy;

/**
 * One line of the gateway's route table: requests whose path is {@code prefix} or lies below it
 * ({@code /api/decks}, {@code /api/decks/42/cards}, but never {@code /api/decksx}) go to {@code upstream}.
 */
public record ProxyRoute(String prefix, Upstream upstream) {

    /** The Vert.x route path; it also names the route in the HTTP metrics instead of every concrete path. */
    public String pattern() {
        return prefix + "/*";
    }
}
