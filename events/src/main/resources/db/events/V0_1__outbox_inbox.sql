-- Outbox and inbox of the events module (app.memoryvault:events), shipped in its jar.
-- Names are unqualified on purpose: each service's Flyway runs this file in the service's own schema
-- (quarkus.flyway.locations=db/migration,db/events).

-- Events waiting for the relay, in commit order of their aggregate; sent rows stay until the retention purge.
create table outbox (
    id          bigint generated always as identity primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    message_key text        not null,
    event_type  text        not null,
    payload     text        not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);

create index outbox_pending_idx on outbox (id) where sent_at is null;
create index outbox_sent_at_idx on outbox (sent_at) where sent_at is not null;

-- Events each consumer of this service has applied, committed with the effect.
create table inbox (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

create index inbox_processed_at_idx on inbox (processed_at);
