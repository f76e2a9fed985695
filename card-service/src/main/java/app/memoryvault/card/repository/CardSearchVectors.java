package app.memoryvault.card.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps each card's full-text search vector ({@code card.search}) in step with its text items, with the schema's
 * one definition of it ({@code card_search_vector}, migration V5). Call it after the items are flushed.
 */
@ApplicationScoped
public class CardSearchVectors {

    private final EntityManager entityManager;

    public CardSearchVectors(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(UUID cardId) {
        entityManager.createNativeQuery("update card.card set search = card.card_search_vector(id) where id = :id")
                .setParameter("id", cardId)
                .executeUpdate();
    }
}
