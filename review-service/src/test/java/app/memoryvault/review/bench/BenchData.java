package app.memoryvault.review.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Seeds the benchmark's users straight into schema review with generate_series: per user, cards in ten decks (half
 * Leitner, half FSRS; 20 % new, 5 % in (re)learning, 75 % in review, about 1 % of those overdue, 0.5 % suspended)
 * and ten answers per card spread over the last two years (10 % again, mature from the fourth answer).
 */
final class BenchData {

    private static final String CARDS = """
            insert into review.card_schedule (card_id, owner_id, deck_id, algorithm, box, due_at, stability,
                difficulty, state, step, reps, lapses, last_review_at, suspended, deleted, content, content_event_at,
                created_at, updated_at, version)
            select md5(? || '-card-' || i)::uuid, ?, md5(? || '-deck-' || (i % 10))::uuid,
                case when i % 10 < 5 then 'leitner' else 'fsrs' end, 1 + i % 5, due,
                case when i % 10 >= 5 and st <> 'new' then 1 + i % 100 end,
                case when i % 10 >= 5 and st <> 'new' then 1 + i % 9 end,
                st, 0, case when st = 'new' then 0 else 10 end, 0,
                case when st <> 'new' then now() - (1 + i % 60) * interval '1 day' end,
                i % 200 = 0, false,
                jsonb_build_object('front', jsonb_build_array(jsonb_build_object('kind', 'text', 'text', 'front ' || i)),
                    'back', jsonb_build_array(jsonb_build_object('kind', 'text', 'text', 'back ' || i)),
                    'tags', '[]'::jsonb),
                now() - interval '800 days', now() - interval '800 days', now(), 0
            from (select i, st, case
                    when st = 'new' then now() - interval '800 days' + i * interval '1 second'
                    when st <> 'review' then now() - interval '1 hour' + (i % 120) * interval '1 minute'
                    else now() - interval '5 days' + ((i * 7919) % 365) * interval '1 day'
                        + (i % 1440) * interval '1 minute' end as due
                from (select i, case when i % 100 < 20 then 'new' when i % 100 < 23 then 'learning'
                        when i % 100 < 25 then 'relearning' else 'review' end as st
                    from generate_series(1, ?) i) numbered) g
            """;

    private static final String LOG = """
            insert into review.review_log (id, card_id, owner_id, reviewed_at, rating, kind, algorithm, elapsed_days,
                scheduled_days_before, scheduled_days_after, box_before, box_after, duration_ms, state_before,
                state_after, due_after)
            select gen_random_uuid(), md5(? || '-card-' || i)::uuid, ?, at,
                case when (i + k) % 10 = 0 then 1 else 3 end, case when k = 0 then 'learn' else 'review' end,
                'leitner', case when k > 0 then 72 end, case when k > 0 then 10 + k * 5 end, 72,
                1 + (i + k) % 5, 1 + (i + k + 1) % 5, 4000 + i % 5000,
                case when k = 0 then 'new' else 'review' end, 'review', at + interval '72 days'
            from (select i, k, now() - interval '730 days' + k * interval '72 days'
                        + ((i * 31) % 71) * interval '1 day' + (i % 24) * interval '1 hour' as at
                from generate_series(1, ?) i, generate_series(0, ? - 1) k) g
            """;

    private BenchData() {
    }

    /** {@code cards} cards and {@code answersPerCard} log rows for each, of {@code owner}. */
    static void seed(DataSource dataSource, String owner, int cards, int answersPerCard) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(CARDS)) {
                insert.setString(1, owner);
                insert.setString(2, owner);
                insert.setString(3, owner);
                insert.setInt(4, cards);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(LOG)) {
                insert.setString(1, owner);
                insert.setString(2, owner);
                insert.setInt(3, cards);
                insert.setInt(4, answersPerCard);
                insert.executeUpdate();
            }
        }
    }

    /**
     * Fresh planner statistics and visibility map, as autovacuum would leave them on a live database, and a
     * checkpoint.
     */
    static void vacuum(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze review.card_schedule");
            statement.execute("vacuum analyze review.review_log");
            statement.execute("vacuum analyze review.review_day");
            statement.execute("vacuum analyze review.card_count");
            // write the seed's dirty pages now rather than during the measures
            statement.execute("checkpoint");
        }
    }
}
