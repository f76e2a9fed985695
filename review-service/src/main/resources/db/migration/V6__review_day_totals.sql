-- Statistics read answers per study day: keep them summed per user, study day and deck, maintained in the
-- transaction of each answer (and of a card's move to another deck or its purge), so that a user's statistics read
-- a row per day and deck instead of the whole log. review_day_basis says in which time zone and rollover hour a
-- user's rows were counted; when that is no longer the user's setting, the service counts them again from the log.
create table review_day_basis (
    owner_id           text    primary key,
    time_zone          text    not null,
    day_rollover_hour  integer not null check (day_rollover_hour between 0 and 23)
);

-- day: the study day's date as days since 1970-01-01 (the local clock shifted back by the rollover hour);
-- deck_id: the card's current deck, null for an answer whose card is unknown here.
-- The last four are true retention's passes and fails (answers to cards in review whose previous answer was on an
-- earlier study day; mature when the interval before was >= 21 days). Manual rows (resets) are not answers.
create table review_day (
    owner_id       text    not null,
    day            integer not null,
    deck_id        uuid,
    reviews        bigint  not null,
    duration_ms    bigint  not null,
    passed         bigint  not null,
    young_passed   bigint  not null,
    young_failed   bigint  not null,
    mature_passed  bigint  not null,
    mature_failed  bigint  not null,
    constraint review_day_key unique nulls not distinct (owner_id, day, deck_id)
);

-- Back-fill from the history: each user with answers, in their saved settings, else the shipped defaults (UTC,
-- 4 am; a deployment configured otherwise gets such users counted again on their first statistics).
insert into review_day_basis (owner_id, time_zone, day_rollover_hour)
select o.owner_id, coalesce(u.time_zone, 'UTC'), coalesce(u.day_rollover_hour, 4)
from (select distinct owner_id from review_log) o
left join user_settings u on u.owner_id = o.owner_id;

insert into review_day (owner_id, day, deck_id, reviews, duration_ms, passed, young_passed, young_failed,
    mature_passed, mature_failed)
select owner_id, day, deck_id, count(*), coalesce(sum(duration_ms), 0), count(*) filter (where rating > 1),
    count(*) filter (where retained and not mature and rating > 1),
    count(*) filter (where retained and not mature and rating = 1),
    count(*) filter (where retained and mature and rating > 1),
    count(*) filter (where retained and mature and rating = 1)
from (select owner_id, deck_id, rating, duration_ms, floor(local_seconds / 86400)::integer as day,
        state_before = 'review' and floor((local_seconds - elapsed_days * 86400) / 86400)
            < floor(local_seconds / 86400) as retained,
        coalesce(scheduled_days_before, 0) >= 21 as mature
    from (select l.owner_id, s.deck_id, l.rating, l.duration_ms, l.state_before, l.elapsed_days,
            l.scheduled_days_before,
            date_part('epoch', timezone(b.time_zone, l.reviewed_at))
                - (b.day_rollover_hour * 3600)::double precision as local_seconds
        from review_log l
        join review_day_basis b on b.owner_id = l.owner_id
        left join card_schedule s on s.card_id = l.card_id
        where l.kind <> 'manual') shifted) answers
group by owner_id, day, deck_id;
