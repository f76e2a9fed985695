package app.memoryvault.card.rest;

/** One of the caller's tags and how many of their live cards carry it. */
public record TagResponse(String name, long cards) {
}
