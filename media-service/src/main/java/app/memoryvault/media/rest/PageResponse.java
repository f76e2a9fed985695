package app.memoryvault.media.rest;

import java.util.List;

/** One page of a list and the cursor of the next (null on the last page). */
public record PageResponse<T>(List<T> items, String next) {
}
