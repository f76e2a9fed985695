package app.memoryvault.card.service;

import app.memoryvault.card.messaging.CardEventPublisher;
import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.CardContent;
import app.memoryvault.card.model.Deck;
import app.memoryvault.card.model.MediaView;
import app.memoryvault.card.model.Side;
import app.memoryvault.card.model.Tag;
import app.memoryvault.card.repository.CardSearchVectors;
import app.memoryvault.card.repository.MediaViewRepository;
import app.memoryvault.card.repository.TagRepository;
import app.memoryvault.card.rest.CardRequest;
import app.memoryvault.card.rest.CardResponse;
import app.memoryvault.card.rest.ItemRequest;
import app.memoryvault.card.rest.Page;
import app.memoryvault.card.trash.RestorePeriod;
import app.memoryvault.events.ItemKind;
import app.memoryvault.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The card use cases of one owner; each change and its card-events commit together. */
@ApplicationScoped
public class CardService {

    private final CardEventPublisher events;
    private final TagRepository tags;
    private final Persistence persistence;
    private final RestorePeriod restorePeriod;
    private final CardSearch search;
    private final MediaReferences mediaReferences;
    private final MediaViewRepository mediaViews;
    private final CardSearchVectors searchVectors;

    public CardService(CardEventPublisher events, TagRepository tags, Persistence persistence,
            RestorePeriod restorePeriod, CardSearch search, MediaReferences mediaReferences,
            MediaViewRepository mediaViews, CardSearchVectors searchVectors) {
        this.events = events;
        this.tags = tags;
        this.persistence = persistence;
        this.restorePeriod = restorePeriod;
        this.search = search;
        this.mediaReferences = mediaReferences;
        this.mediaViews = mediaViews;
        this.searchVectors = searchVectors;
    }

    /**
     * Creates the card. Its media files are checked with media-service first, outside the transaction that then
     * stores the card, what media-service said of them and card-created together.
     */
    public CardResponse create(String ownerId, CardRequest request) {
        CardInput input = CardInput.of(request);
        List<VerifiedMedia> media = mediaReferences.verify(input.mediaItems());
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID deckId = liveDeckFor(ownerId, input.deckId());
            List<Tag> cardTags = tags.resolve(ownerId, input.tags());
            Card card = new Card();
            card.id = UUID.randomUUID();
            card.ownerId = ownerId;
            card.createdAt = Timestamps.now();
            card.updatedAt = card.createdAt;
            apply(card, deckId, input, cardTags);
            card.persist();
            mediaViews.recordVerified(ownerId, media);
            persistence.flush();
            searchVectors.refresh(card.id);
            events.cardCreated(card);
            return response(card);
        });
    }

    @Transactional
    public CardResponse get(String ownerId, UUID id) {
        return response(liveCard(ownerId, id));
    }

    /** A page of the owner's live cards matching the filter, in its sort order. */
    @Transactional
    public Page<CardResponse> list(String ownerId, CardFilter filter, int limit, String cursor) {
        CardSearch.SortKey after = sortKey(PageCursor.decode(cursor), filter.sort());
        return Pages.of(search.find(ownerId, filter, after, limit + 1), limit,
                card -> cursorAfter(card, filter.sort()),
                CardService::responses);
    }

    /**
     * Replaces the card's deck, items and tags; {@code expected} carries the client's If-Match. Media files are
     * checked as on {@link #create}, before the transaction.
     */
    public CardResponse update(String ownerId, UUID id, ExpectedVersion expected, CardRequest request) {
        CardInput input = CardInput.of(request);
        List<VerifiedMedia> media = mediaReferences.verify(input.mediaItems());
        return QuarkusTransaction.requiringNew().call(() -> {
            Card card = liveCard(ownerId, id);
            expected.check("card", card.version);
            UUID deckId = liveDeckFor(ownerId, input.deckId());
            List<Tag> cardTags = tags.resolve(ownerId, input.tags());
            card.updatedAt = Timestamps.now();
            apply(card, deckId, input, cardTags);
            mediaViews.recordVerified(ownerId, media);
            persistence.flush();
            searchVectors.refresh(card.id);
            events.cardUpdated(card);
            return response(card);
        });
    }

    /** Moves the card to the trash. */
    @Transactional
    public void delete(String ownerId, UUID id, ExpectedVersion expected) {
        Card card = liveCard(ownerId, id);
        expected.check("card", card.version);
        card.deletedAt = Timestamps.now();
        persistence.flush();
        events.cardDeleted(card);
    }

    /**
     * Brings the card back from the trash within the retention (410 after it). Restoring a live card changes
     * nothing; a card whose deck is in the trash is 409 until the deck is restored. Its media files are checked with
     * media-service again, as on {@link #update}: a file deleted while the card was in the trash answers 422.
     */
    public CardResponse restore(String ownerId, UUID id) {
        List<CardInput.MediaItem> media = QuarkusTransaction.requiringNew().call(() ->
                restorable(ownerId, id).map(CardInput.MediaItem::of).orElse(List.of()));
        List<VerifiedMedia> verified = mediaReferences.verify(media);
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Card> trashed = restorable(ownerId, id);
            if (trashed.isEmpty()) {
                return response(liveCard(ownerId, id));
            }
            Card card = trashed.get();
            card.deletedAt = null;
            card.updatedAt = Timestamps.now();
            mediaViews.recordVerified(ownerId, verified);
            persistence.flush();
            events.cardRestored(card);
            return response(card);
        });
    }

    /** The card if it is in the trash and may be restored now, empty if it is live; 404, 410 or 409 otherwise. */
    private Optional<Card> restorable(String ownerId, UUID id) {
        Card card = Card.findOwned(ownerId, id).orElseThrow(() -> ProblemException.notFound("card", id));
        if (card.deletedAt == null) {
            return Optional.empty();
        }
        restorePeriod.check("card", id, card.deletedAt);
        if (Deck.findLive(ownerId, card.deckId).isEmpty()) {
            throw ProblemException.conflict("deck-deleted",
                    "the card's deck " + card.deckId + " is in the trash: restore the deck first");
        }
        return Optional.of(card);
    }

    private static void apply(Card card, UUID deckId, CardInput input, List<Tag> cardTags) {
        List<CardContent> items = new ArrayList<>();
        items.addAll(items(Side.FRONT, input.front()));
        items.addAll(items(Side.BACK, input.back()));
        card.deckId = deckId;
        card.replaceContents(items);
        card.tags.clear();
        card.tags.addAll(cardTags);
    }

    private static List<CardContent> items(Side side, List<ItemRequest> requests) {
        List<CardContent> items = new ArrayList<>();
        for (int position = 0; position < requests.size(); position++) {
            ItemRequest item = requests.get(position);
            items.add(item.kind() == ItemKind.TEXT
                    ? CardContent.text(side, position, item.text())
                    : CardContent.media(side, position, item.kind(), item.mediaId(), item.text()));
        }
        return items;
    }

    private static CardResponse response(Card card) {
        return CardResponse.of(card, MediaView.byId(card.mediaIds()));
    }

    /** The cards with their media items' state, read for the whole page at once. */
    private static List<CardResponse> responses(List<Card> cards) {
        Map<UUID, MediaView> media = MediaView.byId(cards.stream().flatMap(card -> card.mediaIds().stream())
                .collect(Collectors.toSet()));
        return cards.stream().map(card -> CardResponse.of(card, media)).toList();
    }

    private static UUID liveDeckFor(String ownerId, UUID deckId) {
        return Deck.findLive(ownerId, deckId)
                .orElseThrow(() -> ProblemException.invalid("deckId", "is not one of your decks"))
                .id;
    }

    private static Card liveCard(String ownerId, UUID id) {
        return Card.findLive(ownerId, id).orElseThrow(() -> ProblemException.notFound("card", id));
    }

    /** A cursor names its sort, so that it cannot be replayed against another order. */
    private static String cursorAfter(Card card, CardSort sort) {
        Instant time = switch (sort) {
            case CREATED -> card.createdAt;
            case UPDATED -> card.updatedAt;
            case DUE -> card.dueAt;
        };
        return new PageCursor(sort.wireName() + "|" + (time == null ? "" : time.toString()), card.id).encode();
    }

    private static CardSearch.SortKey sortKey(PageCursor cursor, CardSort sort) {
        if (cursor == null) {
            return null;
        }
        String prefix = sort.wireName() + "|";
        if (!cursor.key().startsWith(prefix)) {
            throw PageCursor.invalid();
        }
        String time = cursor.key().substring(prefix.length());
        try {
            return new CardSearch.SortKey(time.isEmpty() ? null : Instant.parse(time), cursor.id());
        } catch (DateTimeParseException e) {
            throw PageCursor.invalid();
        }
    }
}
