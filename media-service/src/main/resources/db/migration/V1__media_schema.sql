-- Media files, their references from cards, and each user's storage quota.

create table media_file (
    id              uuid primary key,
    owner_id        text        not null,
    kind            text        not null check (kind in ('image', 'audio')),
    mime_type       text        not null,
    sha256          char(64)    not null,
    size_bytes      bigint      not null check (size_bytes >= 0),
    width           integer,
    height          integer,
    duration_ms     bigint,
    status          text        not null check (status in ('pending', 'ready', 'failed', 'deleted')),
    failure_reason  text,
    upload_key      text,
    variant_keys    jsonb       not null default '{}'::jsonb,
    ref_count       integer     not null default 0 check (ref_count >= 0),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    deleted_at      timestamptz,
    version         bigint      not null default 0
);

-- one live copy of the same bytes per user: a second upload returns the first
create unique index media_file_owner_sha256_live on media_file (owner_id, sha256, kind) where deleted_at is null;
create index media_file_owner_created on media_file (owner_id, created_at desc, id desc);

create table media_ref (
    media_id uuid not null references media_file (id),
    card_id  uuid not null,
    owner_id text not null,
    primary key (media_id, card_id)
);

create index media_ref_card on media_ref (card_id);

create table user_quota (
    owner_id    text   primary key,
    used_bytes  bigint not null default 0 check (used_bytes >= 0),
    limit_bytes bigint not null check (limit_bytes >= 0),
    updated_at  timestamptz not null
);
