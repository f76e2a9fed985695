-- What a review left the card in, so that a retried request (same Idempotency-Key) answers exactly the first answer.
alter table review_log add column state_after text check (state_after in ('new', 'learning', 'review', 'relearning'));
alter table review_log add column due_after timestamptz;
