-- The due queue's (re)learning cards due now, the most overdue first: two states, so one range of the queue index
-- per state, merged by sorting every such card's row (a user with 100 000 cards and 3 000 cards in learning steps
-- read 750 heap pages per call). These indexes hold only the visible (re)learning cards, in queue order (due time,
-- then card id), so the first page is the index's first entries, and their count reads the index alone.
create index card_schedule_learning_queue on card_schedule (owner_id, due_at, card_id) include (deck_id)
    where state in ('learning', 'relearning') and not suspended and not deleted and content is not null;
create index card_schedule_deck_learning_queue on card_schedule (owner_id, deck_id, due_at, card_id)
    where state in ('learning', 'relearning') and not suspended and not deleted and content is not null;
