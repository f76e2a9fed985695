-- Statistics count a user's cards by deck, algorithm, box and category: keep those counts, maintained by a trigger on
-- every change of card_schedule (whoever writes it: answers, resets, suspensions, algorithm switches, card events),
-- so statistics read a few rows per deck instead of every card. Only cards with content that are not deleted are
-- counted; cards of a deleted deck, and the deck's algorithm, are applied when the counts are read.
-- category: suspended, new, learning (learning and relearning), mature (in review, due - last review >= 21 days)
-- or young. Rows that drop to 0 are kept (few: one per key a user ever had).
create table card_count (
    owner_id   text    not null,
    deck_id    uuid    not null,
    algorithm  text    not null,
    box        integer not null,
    category   text    not null,
    cards      bigint  not null,
    constraint card_count_key unique (owner_id, deck_id, algorithm, box, category)
);

create function card_category(suspended boolean, state text, due_at timestamptz, last_review_at timestamptz)
    returns text language sql immutable as $$
    select case when suspended then 'suspended' when state = 'new' then 'new'
        when state in ('learning', 'relearning') then 'learning'
        when due_at - last_review_at >= interval '21 days' then 'mature' else 'young' end
$$;

create function card_schedule_counted() returns trigger language plpgsql as $$
declare
    old_counted boolean := tg_op <> 'INSERT' and not old.deleted and old.content is not null;
    new_counted boolean := tg_op <> 'DELETE' and not new.deleted and new.content is not null;
    old_category text;
    new_category text;
begin
    if old_counted then
        old_category := ${flyway:defaultSchema}.card_category(old.suspended, old.state, old.due_at,
            old.last_review_at);
    end if;
    if new_counted then
        new_category := ${flyway:defaultSchema}.card_category(new.suspended, new.state, new.due_at,
            new.last_review_at);
    end if;
    if old_counted and new_counted and old.owner_id = new.owner_id and old.deck_id = new.deck_id
            and old.algorithm = new.algorithm and old.box = new.box and old_category = new_category then
        return null;
    end if;
    if old_counted then
        update ${flyway:defaultSchema}.card_count set cards = cards - 1
        where owner_id = old.owner_id and deck_id = old.deck_id and algorithm = old.algorithm and box = old.box
            and category = old_category;
    end if;
    if new_counted then
        insert into ${flyway:defaultSchema}.card_count as c (owner_id, deck_id, algorithm, box, category, cards)
        values (new.owner_id, new.deck_id, new.algorithm, new.box, new_category, 1)
        on conflict (owner_id, deck_id, algorithm, box, category) do update set cards = c.cards + 1;
    end if;
    return null;
end
$$;

create trigger card_schedule_counted after insert or update or delete on card_schedule
    for each row execute function card_schedule_counted();

insert into card_count (owner_id, deck_id, algorithm, box, category, cards)
select owner_id, deck_id, algorithm, box, card_category(suspended, state, due_at, last_review_at), count(*)
from card_schedule
where not deleted and content is not null
group by 1, 2, 3, 4, 5;
