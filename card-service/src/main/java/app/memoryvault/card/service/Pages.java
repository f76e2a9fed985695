package app.memoryvault.card.service;

import app.memoryvault.card.rest.Page;
import java.util.List;
import java.util.function.Function;

/** Keyset paging for every list: fetch one row more than the page holds, and the cursor follows the last row. */
final class Pages {

    private Pages() {
    }

    /**
     * The page of {@code fetched} (a query asked for {@code limit + 1} rows in list order), with the cursor after
     * its last row when there is more.
     */
    static <R, T> Page<T> of(List<R> fetched, int limit, Function<R, String> cursorAfter,
            Function<List<R>, List<T>> items) {
        List<R> page = fetched.subList(0, Math.min(limit, fetched.size()));
        String next = fetched.size() > limit ? cursorAfter.apply(page.getLast()) : null;
        return new Page<>(items.apply(page), next);
    }
}
