-- Schema card, owned by card-service: decks, cards, their content and tags, and the read model of media.
-- Every row belongs to one owner (the OIDC subject); references between rows never cross owners, which the
-- composite foreign keys on (id, owner_id) enforce. Rows are soft-deleted (deleted_at) so they can be restored.
-- The outbox and inbox tables come from the events module (classpath db/events).

create table deck (
    id          uuid        primary key,
    owner_id    text        not null,
    name        text        not null,
    description text,
    parent_id   uuid,
    scheduler   text        not null default 'leitner',
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    deleted_at  timestamptz,
    version     bigint      not null default 0,
    constraint deck_id_owner_uk unique (id, owner_id),
    constraint deck_parent_fk foreign key (parent_id, owner_id) references deck (id, owner_id),
    constraint deck_not_own_parent_ck check (parent_id <> id),
    constraint deck_name_ck check (char_length(name) between 1 and 100),
    constraint deck_description_ck check (char_length(description) <= 2000),
    constraint deck_scheduler_ck check (scheduler in ('leitner', 'fsrs'))
);

-- A live deck name is unique per owner, ignoring case; deleted decks free their name.
create unique index deck_owner_name_live_uk on deck (owner_id, lower(name)) where deleted_at is null;
create index deck_parent_idx on deck (parent_id) where parent_id is not null;

create table card (
    id               uuid        primary key,
    owner_id         text        not null,
    deck_id          uuid        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    deleted_at       timestamptz,
    version          bigint      not null default 0,
    -- Read model of the schedule kept by review-service (card-reviewed); all null for a card never reviewed.
    box              integer,
    due_at           timestamptz,
    last_reviewed_at timestamptz,
    constraint card_deck_fk foreign key (deck_id, owner_id) references deck (id, owner_id),
    constraint card_box_ck check (box >= 1)
);

-- Cursor pages by (created_at, id), per owner and per deck.
create index card_owner_page_idx on card (owner_id, created_at, id) where deleted_at is null;
create index card_owner_deck_page_idx on card (owner_id, deck_id, created_at, id) where deleted_at is null;
create index card_deck_idx on card (deck_id);
create index card_owner_due_idx on card (owner_id, due_at) where deleted_at is null;

-- One item of a side of a card, in position order. Media items point at media-service files by id; their status
-- mirrors media_view so that cards can be filtered by it.
create table card_content (
    id           uuid    primary key,
    card_id      uuid    not null references card (id) on delete cascade,
    side         text    not null,
    position     integer not null,
    kind         text    not null,
    text         text,
    media_id     uuid,
    media_status text,
    -- Deferred so that a card's items can be rewritten in one transaction in any order.
    constraint card_content_position_uk unique (card_id, side, position) deferrable initially deferred,
    constraint card_content_side_ck check (side in ('front', 'back')),
    constraint card_content_position_ck check (position between 0 and 19),
    constraint card_content_kind_ck check (kind in ('text', 'image', 'audio')),
    constraint card_content_text_ck check (char_length(text) between 1 and 10000),
    constraint card_content_media_status_ck check (media_status in ('pending', 'ready', 'failed')),
    constraint card_content_payload_ck check (
        (kind = 'text' and text is not null and media_id is null and media_status is null)
        or (kind <> 'text' and media_id is not null))
);

create index card_content_media_idx on card_content (media_id) where media_id is not null;

-- Tags are per owner and stored normalised (trimmed, lower case).
create table tag (
    id       uuid primary key,
    owner_id text not null,
    name     text not null,
    constraint tag_owner_name_uk unique (owner_id, name),
    constraint tag_name_ck check (char_length(name) between 1 and 50)
);

create table card_tag (
    card_id uuid not null references card (id) on delete cascade,
    tag_id  uuid not null references tag (id) on delete cascade,
    primary key (card_id, tag_id)
);

create index card_tag_tag_idx on card_tag (tag_id);

-- Read model of media-processed events: what card-service knows about each media file its cards use.
create table media_view (
    media_id       uuid        primary key,
    owner_id       text        not null,
    kind           text        not null,
    status         text        not null,
    mime_type      text,
    width          integer,
    height         integer,
    duration_ms    bigint,
    display_key    text,
    thumb200_key   text,
    thumb400_key   text,
    audio_key      text,
    failure_reason text,
    updated_at     timestamptz not null,
    constraint media_view_kind_ck check (kind in ('image', 'audio')),
    constraint media_view_status_ck check (status in ('pending', 'ready', 'failed'))
);

create index media_view_owner_idx on media_view (owner_id);
