-- The purge looks for cards deleted before the retention cutoff.
create index card_trash_idx on card (deleted_at) where deleted_at is not null;
