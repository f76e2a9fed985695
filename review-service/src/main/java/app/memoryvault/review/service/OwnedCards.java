package app.memoryvault.review.service;

import app.memoryvault.platform.problem.ProblemException;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.DeckSetting;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Finds a caller's card for an action on it. Another user's card, an unknown, deleted or content-less card and a
 * card of a deleted deck all answer the same 404, so nobody learns whether someone else's card exists.
 */
final class OwnedCards {

    private OwnedCards() {
    }

    /** The card, its row locked for the transaction so that actions on one card apply one after the other. */
    static CardSchedule locked(String ownerId, UUID cardId) {
        return visibleOrNotFound(CardSchedule.findById(cardId, LockModeType.PESSIMISTIC_WRITE), ownerId, cardId);
    }

    static CardSchedule of(String ownerId, UUID cardId) {
        return visibleOrNotFound(CardSchedule.findById(cardId), ownerId, cardId);
    }

    private static CardSchedule visibleOrNotFound(CardSchedule card, String ownerId, UUID cardId) {
        if (card == null || !card.ownerId.equals(ownerId) || card.deleted || card.content == null
                || deckDeleted(card.deckId)) {
            throw ProblemException.notFound("card", cardId);
        }
        return card;
    }

    private static boolean deckDeleted(UUID deckId) {
        DeckSetting deck = DeckSetting.findById(deckId);
        return deck != null && deck.deleted;
    }
}
