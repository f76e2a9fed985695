-- A deck can be restored after its deletion (card-service sends deck-updated when it does): remember when the deck's
-- deleted flag last changed, so that only a newer event flips it.
alter table deck_setting add column lifecycle_event_at timestamptz;
