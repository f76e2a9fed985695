-- A deck's own Leitner intervals (days per box, box 1 first); null means the default 1, 2, 4, 8, 16.
alter table deck_setting add column leitner_intervals jsonb;
