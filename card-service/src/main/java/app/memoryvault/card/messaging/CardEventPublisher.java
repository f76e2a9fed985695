package app.memoryvault.card.messaging;

import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.CardContent;
import app.memoryvault.card.model.Deck;
import app.memoryvault.card.model.Side;
import app.memoryvault.events.CardCreated;
import app.memoryvault.events.CardDeleted;
import app.memoryvault.events.CardItem;
import app.memoryvault.events.CardPurged;
import app.memoryvault.events.CardRestored;
import app.memoryvault.events.CardUpdated;
import app.memoryvault.events.DeckDeleted;
import app.memoryvault.events.DeckPurged;
import app.memoryvault.events.DeckUpdated;
import app.memoryvault.events.OutboxPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Turns card-service's state changes into card-events. Each method writes to the outbox and so must run inside
 * the transaction that makes the change.
 */
@ApplicationScoped
public class CardEventPublisher {

    private final OutboxPublisher outbox;

    public CardEventPublisher(OutboxPublisher outbox) {
        this.outbox = outbox;
    }

    /** Sent on creation and on every change, so that consumers always know each deck's scheduler. */
    public void deckUpdated(Deck deck) {
        outbox.publish(deck.ownerId, new DeckUpdated(deck.id, deck.scheduler));
    }

    public void deckDeleted(Deck deck) {
        outbox.publish(deck.ownerId, new DeckDeleted(deck.id));
    }

    /** A trashed deck removed for good; sent after its cards' card-purged. */
    public void deckPurged(Deck deck) {
        outbox.publish(deck.ownerId, new DeckPurged(deck.id));
    }

    public void cardCreated(Card card) {
        outbox.publish(card.ownerId, new CardCreated(card.id, card.deckId,
                items(card, Side.FRONT), items(card, Side.BACK), tags(card)));
    }

    public void cardUpdated(Card card) {
        outbox.publish(card.ownerId, new CardUpdated(card.id, card.deckId,
                items(card, Side.FRONT), items(card, Side.BACK), tags(card)));
    }

    public void cardDeleted(Card card) {
        outbox.publish(card.ownerId, new CardDeleted(card.id, card.deckId));
    }

    public void cardRestored(Card card) {
        outbox.publish(card.ownerId, new CardRestored(card.id, card.deckId));
    }

    public void cardPurged(Card card) {
        outbox.publish(card.ownerId, new CardPurged(card.id, card.deckId));
    }

    private static List<CardItem> items(Card card, Side side) {
        return card.side(side).stream().map(CardEventPublisher::item).toList();
    }

    private static CardItem item(CardContent content) {
        return new CardItem(content.kind, content.text, content.mediaId);
    }

    private static List<String> tags(Card card) {
        return card.tags.stream().map(tag -> tag.name).sorted().toList();
    }
}
