package app.memoryvault.card.repository;

import java.util.UUID;

/** One of an owner's tags and how many of their live cards carry it. */
public record TagCount(UUID id, String name, long cards) {
}
