-- The due queue counts the (re)learning cards due now without a cap (learning steps are never held back), and
-- checks each card's deck against deleted decks: with the deck in the queue index that count is read from the
-- index alone instead of fetching every such card's row, so it no longer grows with the rows it counts.
create index card_schedule_queue_deck on card_schedule (owner_id, state, due_at) include (deck_id)
    where not suspended and not deleted and content is not null;
drop index card_schedule_queue;
