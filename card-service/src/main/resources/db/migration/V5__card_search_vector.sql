-- Full-text search per card instead of per text item: each card keeps the tsvector of its text items ('simple':
-- no stemming, cards are in any language), and one GIN index on (owner_id, search) finds one owner's matching
-- cards only, whatever other users hold (btree_gin gives GIN the text owner_id). With the keyset order indexes,
-- Postgres can then either intersect the owner's matches or walk the owner's cards in page order, filtering on
-- the card row itself; a page no longer rechecks and joins every matching item of every user.
--
-- The extension needs the CREATE privilege on the database, or to exist already: a deployment whose service role
-- lacks it creates it beforehand as a superuser (CREATE EXTENSION IF NOT EXISTS btree_gin).
create extension if not exists btree_gin;

-- The one definition of a card's search vector: the app refreshes it after writing a card's items
-- (CardService), the bench's bulk seed and this migration's backfill use it too.
create function card_search_vector(card_id uuid) returns tsvector
    language sql stable
    set search_path = card, pg_catalog
as $$
    select to_tsvector('simple', coalesce(string_agg(text, ' ' order by side, position), ''))
    from card_content
    where card_content.card_id = $1 and kind = 'text'
$$;

alter table card add column search tsvector not null default ''::tsvector;
update card set search = card_search_vector(id);

create index card_owner_search_idx on card using gin (owner_id, search) where deleted_at is null;
drop index card_content_text_fts_idx;
