-- Uploads: when a deleted file's objects were removed and its quota returned.
alter table media_file add column removed_at timestamptz;

create index media_file_deleted on media_file (deleted_at) where deleted_at is not null and removed_at is null;

-- Reference counts: the last state of each card seen on card-events (media_ref holds its current media ids).
create table card_ref_state (
    card_id      uuid primary key,
    owner_id     text        not null,
    content_at   timestamptz,
    deleted      boolean     not null default false,
    lifecycle_at timestamptz,
    purged       boolean     not null default false
);

-- Upload rate limit buckets (bucket4j, select-for-update), one per user, shared by every replica.
create table upload_rate_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
