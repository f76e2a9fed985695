-- What the card was in before each answer, so the daily limits can count the new cards introduced and the reviews
-- done in a study day, and statistics can tell reviews of cards in review from learning steps. Older rows get it
-- from what they already say: a first answer was to a new card, the kind tells the rest.
alter table review_log add column state_before text check (state_before in ('new', 'learning', 'review', 'relearning'));
update review_log set state_before = case
    when elapsed_days is null then 'new'
    when kind = 'learn' then 'learning'
    when kind = 'relearn' then 'relearning'
    else 'review' end;

-- A manual row (a reset) records no rating.
alter table review_log alter column rating drop not null;
alter table review_log add constraint review_log_rating_unless_manual check (rating is not null or kind = 'manual');

-- Statistics read a user's whole log in time order: keep what they need in the index, so it is read alone.
drop index review_log_owner_time;
create index review_log_owner_time on review_log (owner_id, reviewed_at)
    include (card_id, rating, kind, state_before, elapsed_days, scheduled_days_before, duration_ms);

-- The due queue reads each state by due time (learning due now, reviews due today, new cards in creation order):
-- one index range per state, across all decks or in one deck.
drop index card_schedule_due;
create index card_schedule_queue on card_schedule (owner_id, state, due_at)
    where not suspended and not deleted and content is not null;
create index card_schedule_deck_queue on card_schedule (owner_id, deck_id, state, due_at)
    where not suspended and not deleted and content is not null;
