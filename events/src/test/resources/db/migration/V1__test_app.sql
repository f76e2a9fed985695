-- The test service's own tables: a tiny aggregate it publishes about, and what its consumer applied.
create table note (
    id       uuid primary key,
    owner_id text not null,
    text     text not null
);

create table applied_event (
    event_id uuid primary key,
    consumer text not null,
    card_id  uuid not null,
    type     text not null,
    text     text
);
