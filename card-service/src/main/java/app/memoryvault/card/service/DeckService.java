package app.memoryvault.card.service;

import app.memoryvault.card.messaging.CardEventPublisher;
import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.Deck;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.card.repository.DeckCounts;
import app.memoryvault.card.repository.DeckCountsRepository;
import app.memoryvault.card.rest.DeckRequest;
import app.memoryvault.card.rest.DeckResponse;
import app.memoryvault.card.rest.Page;
import app.memoryvault.card.trash.RestorePeriod;
import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The deck use cases of one owner; each change and its card-events commit together. */
@ApplicationScoped
public class DeckService {

    private final CardEventPublisher events;
    private final DeckCountsRepository countsRepository;
    private final Persistence persistence;
    private final RestorePeriod restorePeriod;

    public DeckService(CardEventPublisher events, DeckCountsRepository countsRepository, Persistence persistence,
            RestorePeriod restorePeriod) {
        this.events = events;
        this.countsRepository = countsRepository;
        this.persistence = persistence;
        this.restorePeriod = restorePeriod;
    }

    @Transactional
    public DeckResponse create(String ownerId, DeckRequest request) {
        Deck deck = new Deck();
        deck.id = UUID.randomUUID();
        deck.ownerId = ownerId;
        apply(deck, request);
        deck.createdAt = Timestamps.now();
        deck.updatedAt = deck.createdAt;
        deck.persist();
        persistence.flush();
        events.deckUpdated(deck);
        return DeckResponse.of(deck, DeckCounts.EMPTY);
    }

    @Transactional
    public DeckResponse get(String ownerId, UUID id) {
        Deck deck = liveDeck(ownerId, id);
        return DeckResponse.of(deck, counts(ownerId, List.of(deck)).getOrDefault(deck.id, DeckCounts.EMPTY));
    }

    /** The owner's live decks in name order. */
    @Transactional
    public Page<DeckResponse> list(String ownerId, int limit, String cursor) {
        PageCursor after = PageCursor.decode(cursor);
        List<Deck> decks = after == null
                ? Deck.livePage(ownerId, null, null, limit + 1)
                : Deck.livePage(ownerId, after.key(), after.id(), limit + 1);
        return Pages.of(decks, limit, deck -> new PageCursor(deck.name, deck.id).encode(), page -> {
            Map<UUID, DeckCounts> counts = counts(ownerId, page);
            return page.stream()
                    .map(deck -> DeckResponse.of(deck, counts.getOrDefault(deck.id, DeckCounts.EMPTY)))
                    .toList();
        });
    }

    /** Replaces the deck's fields; {@code expected} carries the client's If-Match. */
    @Transactional
    public DeckResponse update(String ownerId, UUID id, ExpectedVersion expected, DeckRequest request) {
        Deck deck = liveDeck(ownerId, id);
        expected.check("deck", deck.version);
        apply(deck, request);
        deck.updatedAt = Timestamps.now();
        persistence.flush();
        events.deckUpdated(deck);
        return DeckResponse.of(deck, counts(ownerId, List.of(deck)).getOrDefault(deck.id, DeckCounts.EMPTY));
    }

    /** Moves the deck, its subdecks and all their cards to the trash. */
    @Transactional
    public void delete(String ownerId, UUID id, ExpectedVersion expected) {
        Deck deck = liveDeck(ownerId, id);
        expected.check("deck", deck.version);
        softDelete(deck, Timestamps.now());
        persistence.flush();
    }

    private void softDelete(Deck deck, Instant now) {
        for (Deck child : Deck.liveChildren(deck.ownerId, deck.id)) {
            softDelete(child, now);
        }
        for (Card card : Card.liveInDeck(deck.ownerId, deck.id)) {
            card.deletedAt = now;
            events.cardDeleted(card);
        }
        deck.deletedAt = now;
        events.deckDeleted(deck);
    }

    /**
     * Undoes the deck's deletion within the retention (410 after it): the deck comes back with the subdecks and
     * cards that its deletion took, not those deleted on their own before. Its parent must be live and its name
     * free (409 otherwise). Restoring a live deck changes nothing.
     */
    @Transactional
    public DeckResponse restore(String ownerId, UUID id) {
        Deck deck = Deck.findOwned(ownerId, id).orElseThrow(() -> ProblemException.notFound("deck", id));
        if (deck.deletedAt != null) {
            restorePeriod.check("deck", id, deck.deletedAt);
            if (deck.parentId != null && Deck.findLive(ownerId, deck.parentId).isEmpty()) {
                throw ProblemException.conflict("deck-deleted",
                        "the parent deck " + deck.parentId + " is in the trash: restore it first");
            }
            if (Deck.findLiveByName(ownerId, deck.name).isPresent()) {
                throw duplicateName(deck.name);
            }
            restoreDeletion(deck, deck.deletedAt, Timestamps.now());
            persistence.flush();
        }
        return DeckResponse.of(deck, counts(ownerId, List.of(deck)).getOrDefault(deck.id, DeckCounts.EMPTY));
    }

    private void restoreDeletion(Deck deck, Instant deletedAt, Instant now) {
        deck.deletedAt = null;
        deck.updatedAt = now;
        events.deckUpdated(deck);
        for (Card card : Card.deletedInDeckAt(deck.ownerId, deck.id, deletedAt)) {
            card.deletedAt = null;
            card.updatedAt = now;
            events.cardRestored(card);
        }
        for (Deck child : Deck.childrenDeletedAt(deck.ownerId, deck.id, deletedAt)) {
            restoreDeletion(child, deletedAt, now);
        }
    }

    /** Checks the request against the owner's other decks, then sets all fields at once. */
    private static void apply(Deck deck, DeckRequest request) {
        String name = request.name().strip();
        if (name.isEmpty()) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        Deck namesake = Deck.findLiveByName(deck.ownerId, name).orElse(null);
        if (namesake != null && !namesake.id.equals(deck.id)) {
            throw duplicateName(name);
        }
        UUID parentId = checkedParent(deck, request.parentId());
        deck.name = name;
        deck.description = request.description();
        deck.parentId = parentId;
        deck.scheduler = request.scheduler() == null ? SchedulerType.LEITNER : request.scheduler();
    }

    /** The parent must be another live deck of the owner and must not sit below the deck itself. */
    private static UUID checkedParent(Deck deck, UUID parentId) {
        if (parentId == null) {
            return null;
        }
        Deck ancestor = Deck.findLive(deck.ownerId, parentId)
                .orElseThrow(() -> ProblemException.invalid("parentId", "is not one of your decks"));
        while (ancestor != null) {
            if (ancestor.id.equals(deck.id)) {
                throw ProblemException.invalid("parentId", "is this deck or one of its subdecks");
            }
            ancestor = ancestor.parentId == null ? null : Deck.findById(ancestor.parentId);
        }
        return parentId;
    }

    private Map<UUID, DeckCounts> counts(String ownerId, List<Deck> decks) {
        return countsRepository.countsOf(ownerId, decks.stream().map(deck -> deck.id).toList(), Instant.now());
    }

    private static Deck liveDeck(String ownerId, UUID id) {
        return Deck.findLive(ownerId, id).orElseThrow(() -> ProblemException.notFound("deck", id));
    }

    private static ProblemException duplicateName(String name) {
        return ProblemException.conflict(Persistence.DECK_NAME_TAKEN, "you already have a deck named '" + name + "'");
    }
}
