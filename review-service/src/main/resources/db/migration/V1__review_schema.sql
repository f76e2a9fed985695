-- Schema review: each card's schedule with a snapshot of its content (so the due queue needs no call to
-- card-service), what we know of decks, the review history and each user's settings.
-- owner_id is the OIDC subject; every query is scoped by it.

create table card_schedule (
    card_id         uuid             primary key,
    owner_id        text             not null,
    deck_id         uuid             not null,
    algorithm       text             not null check (algorithm in ('leitner', 'fsrs')),
    box             integer          not null default 1 check (box >= 1),
    due_at          timestamptz      not null,
    stability       double precision check (stability > 0),
    difficulty      double precision check (difficulty between 1 and 10),
    state           text             not null check (state in ('new', 'learning', 'review', 'relearning')),
    step            integer          not null default 0 check (step >= 0),
    reps            integer          not null default 0 check (reps >= 0),
    lapses          integer          not null default 0 check (lapses >= 0),
    last_review_at  timestamptz,
    suspended       boolean          not null default false,
    deleted         boolean          not null default false,
    -- { front: [Item], back: [Item], tags: [string] }; null while only a delete or restore has been seen
    content         jsonb,
    -- occurredAt of the latest content event (created, updated) and lifecycle event (deleted, restored) applied:
    -- an older one arriving late (another partition, a replay from the dead-letter topic) is ignored
    content_event_at    timestamptz,
    lifecycle_event_at  timestamptz,
    created_at      timestamptz      not null,
    updated_at      timestamptz      not null,
    version         bigint           not null default 0
);

-- the due queue: a user's visible cards by due time
create index card_schedule_due on card_schedule (owner_id, due_at) where not suspended and not deleted;
create index card_schedule_owner_deck on card_schedule (owner_id, deck_id);

-- Cards purged for good: only their id is kept, so that a late or replayed event never brings one back.
create table purged_card (
    card_id    uuid        primary key,
    owner_id   text        not null,
    purged_at  timestamptz not null
);

-- What the card events told us about a deck: its scheduler and whether it is deleted (for good: the events have
-- no deck restore). A deleted deck hides its cards from the due queue.
create table deck_setting (
    deck_id             uuid        primary key,
    owner_id            text        not null,
    -- null until a deck-updated names it; its cards then use the configured default
    scheduler           text        check (scheduler in ('leitner', 'fsrs')),
    scheduler_event_at  timestamptz,
    deleted             boolean     not null default false,
    updated_at          timestamptz not null,
    version             bigint      not null default 0
);

create index deck_setting_owner on deck_setting (owner_id);

-- One row per answer; what true retention, FSRS optimisation and Anki import/export need.
-- Intervals are in days, fractional for learning steps.
create table review_log (
    id                     uuid             primary key,
    card_id                uuid             not null,
    owner_id               text             not null,
    reviewed_at            timestamptz      not null,
    rating                 integer          not null check (rating between 1 and 4),
    kind                   text             not null check (kind in ('learn', 'review', 'relearn', 'manual')),
    algorithm              text             not null check (algorithm in ('leitner', 'fsrs')),
    elapsed_days           double precision check (elapsed_days >= 0),
    scheduled_days_before  double precision check (scheduled_days_before >= 0),
    scheduled_days_after   double precision not null check (scheduled_days_after >= 0),
    box_before             integer,
    box_after              integer,
    stability_after        double precision,
    difficulty_after       double precision,
    duration_ms            bigint           check (duration_ms >= 0),
    client_review_id       text
);

create index review_log_owner_time on review_log (owner_id, reviewed_at);
create index review_log_card_time on review_log (card_id, reviewed_at);
-- a client retrying the same review (Idempotency-Key or its own id) records it once
create unique index review_log_client_review on review_log (owner_id, client_review_id) where client_review_id is not null;

-- A user's study settings; a user without a row gets the configured defaults.
create table user_settings (
    owner_id           text             primary key,
    time_zone          text             not null,
    day_rollover_hour  integer          not null check (day_rollover_hour between 0 and 23),
    new_per_day        integer          not null check (new_per_day >= 0),
    reviews_per_day    integer          not null check (reviews_per_day >= 0),
    desired_retention  double precision not null check (desired_retention > 0 and desired_retention < 1),
    updated_at         timestamptz      not null,
    version            bigint           not null default 0
);
