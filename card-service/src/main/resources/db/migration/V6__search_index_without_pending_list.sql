-- GIN indexes collect new entries in a pending list by default (fastupdate), and every search reads that list in
-- full until a vacuum merges it into the index. With cards written all day and autovacuum waiting for a fifth of
-- the table to be new, the list stays near its 4 MB limit (gin_pending_list_limit): a search for a term on a few
-- dozen cards read some 300 pages of it, about 5 ms, instead of well under one. Without the list each card write
-- updates the index at once (a few lexemes per card), and a search reads only the entries it needs.
alter index card_owner_search_idx set (fastupdate = off);
-- Merges what the list holds now; turning fastupdate off does not.
select gin_clean_pending_list('card_owner_search_idx'::regclass);
