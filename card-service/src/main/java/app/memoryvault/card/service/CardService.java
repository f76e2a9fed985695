package app.memoryvault.card.service;

import app.memoryvault.card.messaging.CardEventPublisher;
import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.CardContent;
import app.memoryvault.card.model.Deck;
import app.memoryvault.card.model.Side;
import app.memoryvault.card.model.Tag;
import app.memoryvault.card.repository.TagRepository;
import app.memoryvault.card.rest.CardRequest;
import app.memoryvault.card.rest.CardResponse;
import app.memoryvault.card.rest.ItemRequest;
import app.memoryvault.card.rest.Page;
import app.memoryvault.card.trash.RestorePeriod;
import app.memoryvault.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The card use cases of one owner; each change and its card-events commit together. */
@ApplicationScoped
public class CardService {

    private final CardEventPublisher events;
    private final TagRepository tags;
    private final Persistence persistence;
    private final RestorePeriod restorePeriod;

    public CardService(CardEventPublisher events, TagRepository tags, Persistence persistence,
            RestorePeriod restorePeriod) {
        this.events = events;
        this.tags = tags;
        this.persistence = persistence;
        this.restorePeriod = restorePeriod;
    }

    @Transactional
    public CardResponse create(String ownerId, CardRequest request) {
        CardInput input = CardInput.of(request);
        UUID deckId = liveDeckFor(ownerId, input.deckId());
        List<Tag> cardTags = tags.resolve(ownerId, input.tags());
        Card card = new Card();
        card.id = UUID.randomUUID();
        card.ownerId = ownerId;
        card.createdAt = Timestamps.now();
        card.updatedAt = card.createdAt;
        apply(card, deckId, input, cardTags);
        card.persist();
        persistence.flush();
        events.cardCreated(card);
        return CardResponse.of(card);
    }

    @Transactional
    public CardResponse get(String ownerId, UUID id) {
        return CardResponse.of(liveCard(ownerId, id));
    }

    /** The owner's live cards, of one deck or all, oldest first. */
    @Transactional
    public Page<CardResponse> list(String ownerId, UUID deckId, int limit, String cursor) {
        PageCursor after = PageCursor.decode(cursor);
        StringBuilder query = new StringBuilder("ownerId = :owner and deletedAt is null");
        Parameters parameters = Parameters.with("owner", ownerId);
        if (deckId != null) {
            query.append(" and deckId = :deck");
            parameters.and("deck", deckId);
        }
        if (after != null) {
            query.append(" and (createdAt > :afterTime or (createdAt = :afterTime and id > :afterId))");
            parameters.and("afterTime", cursorTime(after)).and("afterId", after.id());
        }
        List<Card> cards = Card.<Card>find(query + " order by createdAt, id", parameters).page(0, limit + 1).list();
        List<Card> page = cards.subList(0, Math.min(limit, cards.size()));
        String next = cards.size() > limit
                ? new PageCursor(page.getLast().createdAt.toString(), page.getLast().id).encode()
                : null;
        return new Page<>(page.stream().map(CardResponse::of).toList(), next);
    }

    /** Replaces the card's deck, items and tags; {@code expected} carries the client's If-Match. */
    @Transactional
    public CardResponse update(String ownerId, UUID id, ExpectedVersion expected, CardRequest request) {
        Card card = liveCard(ownerId, id);
        expected.check("card", card.version);
        CardInput input = CardInput.of(request);
        UUID deckId = liveDeckFor(ownerId, input.deckId());
        List<Tag> cardTags = tags.resolve(ownerId, input.tags());
        card.updatedAt = Timestamps.now();
        apply(card, deckId, input, cardTags);
        persistence.flush();
        events.cardUpdated(card);
        return CardResponse.of(card);
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
     * nothing; a card whose deck is in the trash is 409 until the deck is restored.
     */
    @Transactional
    public CardResponse restore(String ownerId, UUID id) {
        Card card = Card.findOwned(ownerId, id).orElseThrow(() -> ProblemException.notFound("card", id));
        if (card.deletedAt == null) {
            return CardResponse.of(card);
        }
        restorePeriod.check("card", id, card.deletedAt);
        if (Deck.findLive(ownerId, card.deckId).isEmpty()) {
            throw ProblemException.conflict("deck-deleted",
                    "the card's deck " + card.deckId + " is in the trash: restore the deck first");
        }
        card.deletedAt = null;
        card.updatedAt = Timestamps.now();
        persistence.flush();
        events.cardRestored(card);
        return CardResponse.of(card);
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
            items.add(CardContent.text(side, position, requests.get(position).text()));
        }
        return items;
    }

    private static UUID liveDeckFor(String ownerId, UUID deckId) {
        return Deck.findLive(ownerId, deckId)
                .orElseThrow(() -> ProblemException.invalid("deckId", "is not one of your decks"))
                .id;
    }

    private static Card liveCard(String ownerId, UUID id) {
        return Card.findLive(ownerId, id).orElseThrow(() -> ProblemException.notFound("card", id));
    }

    private static Instant cursorTime(PageCursor cursor) {
        try {
            return Instant.parse(cursor.key());
        } catch (DateTimeParseException e) {
            throw PageCursor.invalid();
        }
    }
}
