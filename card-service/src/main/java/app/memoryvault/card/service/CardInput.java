package app.memoryvault.card.service;

import app.memoryvault.events.ItemKind;
import app.memoryvault.card.rest.CardRequest;
import app.memoryvault.card.rest.ItemRequest;
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
 * in its text items made safe ({@link TextSanitiser}) and its tags normalised: trimmed, lower case, without
 * duplicates.
 *
 * <p>Image and audio items are answered with 422 {@code unsupported-item-kind} until card-service validates media
 * ids against media-service's read model.
 */
public record CardInput(UUID deckId, List<ItemRequest> front, List<ItemRequest> back, List<String> tags) {

    static final int MAX_TEXT_LENGTH = 10_000;

    public static CardInput of(CardRequest request) {
        List<Problem.FieldError> invalid = new ArrayList<>();
        List<Problem.FieldError> unsupported = new ArrayList<>();
        List<ItemRequest> front = checkSide("front", request.front(), invalid, unsupported);
        List<ItemRequest> back = checkSide("back", request.back(), invalid, unsupported);
        List<String> tags = normaliseTags(request.tags(), invalid);
        if (!invalid.isEmpty()) {
            throw problem(400, "validation", "Request is not valid", invalid);
        }
        if (!unsupported.isEmpty()) {
            throw problem(422, "unsupported-item-kind", "Item kind not supported", unsupported);
        }
        return new CardInput(request.deckId(), front, back, tags);
    }

    /** The side's items, text items with their HTML made safe; what is wrong is added to the lists. */
    private static List<ItemRequest> checkSide(String side, List<ItemRequest> items,
            List<Problem.FieldError> invalid, List<Problem.FieldError> unsupported) {
        List<ItemRequest> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = side + "[" + i + "]";
            ItemRequest item = items.get(i);
            if (item == null) {
                invalid.add(new Problem.FieldError(field, "must not be null"));
            } else if (item.kind() != ItemKind.TEXT) {
                unsupported.add(new Problem.FieldError(field + ".kind",
                        item.kind().name().toLowerCase(Locale.ROOT) + " items are not supported yet; use text items"));
            } else {
                item = checkText(field, item, invalid);
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
        String text = TextSanitiser.sanitise(item.text());
        if (text.isBlank()) {
            invalid.add(new Problem.FieldError(field + ".text",
                    "holds only markup that is not allowed (scripts, styles, frames...)"));
        } else if (text.length() > MAX_TEXT_LENGTH) {
            invalid.add(new Problem.FieldError(field + ".text",
                    "is longer than " + MAX_TEXT_LENGTH + " characters once its HTML is made safe"));
        }
        return new ItemRequest(item.kind(), text, item.mediaId());
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

    private static ProblemException problem(int status, String slug, String title, List<Problem.FieldError> errors) {
        List<Problem.FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = sorted.size() == 1
                ? sorted.getFirst().field() + ": " + sorted.getFirst().message()
                : sorted.size() + " fields are not valid";
        return new ProblemException(Problem.of(status, slug, title, detail, null).withErrors(sorted));
    }
}
