-- Full-text search over cards' text items ('simple': no stemming, cards are in any language), and the cursor
-- orders of GET /api/cards by update and due time.
create index card_content_text_fts_idx on card_content using gin (to_tsvector('simple', text)) where kind = 'text';
create index card_owner_updated_page_idx on card (owner_id, updated_at, id) where deleted_at is null;
create index card_owner_due_page_idx on card (owner_id, due_at, id) where deleted_at is null;
