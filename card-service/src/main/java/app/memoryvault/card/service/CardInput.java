package app.memoryvault.card.service;

import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.CardContent;
import app.memoryvault.card.model.Side;
import app.memoryvault.card.rest.CardRequest;
import app.memoryvault.card.rest.ItemRequest;
import app.memoryvault.events.ItemKind;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A card request checked for what its annotations cannot say (what each item kind needs, each tag), with the HTML
 * in its text items and captions made safe ({@link TextSanitiser}) and its tags normalised: trimmed, lower case,
 * without duplicates. Whether its media ids name the caller's files of the right kind is {@link MediaReferences}'
 * question.
 */
public record CardInput(UUID deckId, List<ItemRequest> front, List<ItemRequest> back, List<String> tags) {

    static final int MAX_TEXT_LENGTH = 10_000;

    /** An image or audio item and the field that names its media id, such as {@code front[1].mediaId}. */
    public record MediaItem(String field, ItemKind kind, UUID mediaId) {

        /** The stored card's image and audio items, front first, in position order. */
        static List<MediaItem> of(Card card) {
            List<MediaItem> items = new ArrayList<>();
            for (Side side : Side.values()) {
                for (CardContent item : card.side(side)) {
                    if (item.mediaId != null) {
                        items.add(new MediaItem(side.name().toLowerCase(Locale.ROOT) + "[" + item.position
                                + "].mediaId", item.kind, item.mediaId));
                    }
                }
            }
            return items;
        }
    }

    public static CardInput of(CardRequest request) {
        List<Problem.FieldError> invalid = new ArrayList<>();
        List<ItemRequest> front = checkSide("front", request.front(), invalid);
        List<ItemRequest> back = checkSide("back", request.back(), invalid);
        List<String> tags = normaliseTags(request.tags(), invalid);
        if (!invalid.isEmpty()) {
            throw fieldProblem(400, "validation", "Request is not valid", invalid);
        }
        return new CardInput(request.deckId(), front, back, tags);
    }

    /** The image and audio items of both sides, front first, in position order. */
    public List<MediaItem> mediaItems() {
        List<MediaItem> items = new ArrayList<>();
        addMediaItems("front", front, items);
        addMediaItems("back", back, items);
        return items;
    }

    private static void addMediaItems(String side, List<ItemRequest> sideItems, List<MediaItem> items) {
        for (int i = 0; i < sideItems.size(); i++) {
            ItemRequest item = sideItems.get(i);
            if (item.kind() != ItemKind.TEXT) {
                items.add(new MediaItem(side + "[" + i + "].mediaId", item.kind(), item.mediaId()));
            }
        }
    }

    /** The side's items, text made safe; what is wrong is added to {@code invalid}. */
    private static List<ItemRequest> checkSide(String side, List<ItemRequest> items, List<Problem.FieldError> invalid) {
        List<ItemRequest> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = side + "[" + i + "]";
            ItemRequest item = items.get(i);
            if (item == null) {
                invalid.add(new Problem.FieldError(field, "must not be null"));
            } else if (item.kind() == ItemKind.TEXT) {
                item = checkText(field, item, invalid);
            } else {
                item = checkMedia(field, item, invalid);
            }
            checked.add(item);
        }
        return checked;
    }

    private static ItemRequest checkText(String field, ItemRequest item, List<Problem.FieldError> invalid) {
        if (item.mediaId() != null) {
            invalid.add(new Problem.FieldError(field + ".mediaId", "must be absent for a text item"));
        }
        if (item.text() == null || item.text().isBlank()) {
            invalid.add(new Problem.FieldError(field + ".text", "must not be blank"));
            return item;
        }
        return new ItemRequest(item.kind(), safeText(field + ".text", item.text(), invalid), item.mediaId());
    }

    /** An image or audio item needs its media id; its text, when sent, is an optional caption. */
    private static ItemRequest checkMedia(String field, ItemRequest item, List<Problem.FieldError> invalid) {
        if (item.mediaId() == null) {
            invalid.add(new Problem.FieldError(field + ".mediaId",
                    "must not be null for an " + item.kind().name().toLowerCase(Locale.ROOT) + " item"));
        }
        if (item.text() == null || item.text().isBlank()) {
            return new ItemRequest(item.kind(), null, item.mediaId());
        }
        return new ItemRequest(item.kind(), safeText(field + ".text", item.text(), invalid), item.mediaId());
    }

    private static String safeText(String field, String text, List<Problem.FieldError> invalid) {
        String safe = TextSanitiser.sanitise(text);
        if (safe.isBlank()) {
            invalid.add(new Problem.FieldError(field,
                    "holds only markup that is not allowed (scripts, styles, frames...)"));
        } else if (safe.length() > MAX_TEXT_LENGTH) {
            invalid.add(new Problem.FieldError(field,
                    "is longer than " + MAX_TEXT_LENGTH + " characters once its HTML is made safe"));
        }
        return safe;
    }
    private static List<String> normaliseTags(List<String> tags, List<Problem.FieldError> invalid) {
        if (tags == null) {
            return List.of();
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = TagNames.normalise(tags.get(i));
            String problem = TagNames.problemWith(tag);
            if (problem != null) {
                invalid.add(new Problem.FieldError("tags[" + i + "]", problem));
            } else {
                normalised.add(tag);
            }
        }
        return List.copyOf(normalised);
    }

    /** A problem naming each field in {@code errors}, in field order. */
    static ProblemException fieldProblem(int status, String slug, String title, List<Problem.FieldError> errors) {
        List<Problem.FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = sorted.size() == 1
                ? sorted.getFirst().field() + ": " + sorted.getFirst().message()
                : sorted.size() + " fields are not valid";
        return new ProblemException(Problem.of(status, slug, title, detail, null).withErrors(sorted));
    }
}
