package app.memoryvault.review.model;

import java.util.List;

/** The snapshot of a card's content the due queue shows: its two sides and its tags. */
public record CardContent(List<ContentItem> front, List<ContentItem> back, List<String> tags) {

    public CardContent {
        front = front == null ? List.of() : List.copyOf(front);
        back = back == null ? List.of() : List.copyOf(back);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
