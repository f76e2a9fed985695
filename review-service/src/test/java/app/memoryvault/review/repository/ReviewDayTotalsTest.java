package app.memoryvault.review.repository;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.events.CardItem;
import app.memoryvault.events.CardPurged;
import app.memoryvault.events.CardUpdated;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.TestData;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.repository.StatsRepository.CardGroup;
import app.memoryvault.review.repository.StatsRepository.DayRow;
import app.memoryvault.review.service.ScheduleProjection;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The day totals kept with each answer against the whole log, and the card counts kept by V7's trigger against the
 * schedules, each grouped as the statistics grouped them before: random answers over 400 days in time zones with odd
 * offsets and daylight saving, at random rollover hours, answers close to the rollover, cards moved between decks,
 * purged, suspended and reset, and a change of time zone.
 */
@ReviewServiceTest
class ReviewDayTotalsTest {

    private static final List<String> ZONES = List.of("Pacific/Kiritimati", "America/St_Johns", "Asia/Kolkata",
            "Europe/Berlin", "Australia/Lord_Howe", "America/Los_Angeles", "UTC");
    /** The statistics' grouping of the log before the day totals (commit 86c6159), the reference here. */
    private static final String FROM_THE_LOG = """
            select day, count(*), coalesce(sum(duration_ms), 0), count(*) filter (where rating > 1),
                count(*) filter (where state_before = 'review' and previous_day < day and not mature and rating > 1),
                count(*) filter (where state_before = 'review' and previous_day < day and not mature and rating = 1),
                count(*) filter (where state_before = 'review' and previous_day < day and mature and rating > 1),
                count(*) filter (where state_before = 'review' and previous_day < day and mature and rating = 1)
            from (select floor(local_seconds / 86400) as day,
                    floor((local_seconds - elapsed_days * 86400) / 86400) as previous_day,
                    coalesce(scheduled_days_before, 0) >= 21 as mature, rating, duration_ms, state_before
                from (select date_part('epoch', timezone(:zone, l.reviewed_at)) - :shift as local_seconds,
                        l.elapsed_days, l.scheduled_days_before, l.rating, l.duration_ms, l.state_before
                    from review.review_log l %s where l.owner_id = :owner and l.kind <> 'manual') l) r
            group by day order by day
            """;
    /** The statistics' grouping of the cards before the kept counts, the reference for those. */
    private static final String CARDS_FROM_THE_SCHEDULES = """
            select s.deck_id, coalesce(ds.scheduler, s.algorithm), s.box,
                case when s.suspended then 'suspended' when s.state = 'new' then 'new'
                when s.state in ('learning', 'relearning') then 'learning'
                when s.due_at - s.last_review_at >= interval '21 days' then 'mature' else 'young' end,
                count(*)
            from review.card_schedule s left join review.deck_setting ds on ds.deck_id = s.deck_id
            where s.owner_id = :owner and not s.deleted and s.content is not null
                and not exists (select 1 from review.deck_setting d where d.deck_id = s.deck_id and d.deleted)
            group by 1, 2, 3, 4
            """;

    @Inject
    ReviewDayTotals totals;

    @Inject
    StatsRepository stats;

    @Inject
    ScheduleProjection projection;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldKeepTheSameDaysAsTheWholeLogAcrossTimeZonesRolloversMovesAndPurges() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int user = 0; user < 3; user++) {
            String name = "totals" + user + "-" + seed;
            String owner = TestTokens.subjectOf(name);
            String zone = ZONES.get(random.nextInt(ZONES.size()));
            putSettings(name, zone, random.nextInt(24));
            List<UUID> decks = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            QuarkusTransaction.requiringNew().run(() -> {
                DeckSetting fsrs = DeckSetting.of(decks.get(2), owner);
                fsrs.applyScheduler(SchedulerType.FSRS, Instant.now());
                fsrs.persist();
            });
            List<UUID> cards = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                UUID deck = decks.get(i % 3);
                cards.add(TestData.newCard(owner, deck, Instant.now().minus(Duration.ofDays(500))));
            }
            Instant middle = Instant.now().minus(Duration.ofDays(200));
            for (UUID card : cards) {
                answer(name, card, random, ZoneId.of(zone), Instant.now().minus(Duration.ofDays(400)), middle);
            }
            String context = "seed " + seed + ", user " + user + ", " + zone;
            assertSameDays(owner, decks, context);

            UUID moved = cards.get(0);
            move(owner, moved, decks.get(1));
            purge(owner, cards.get(1), decks.get(1));
            String newZone = ZONES.get(random.nextInt(ZONES.size()));
            putSettings(name, newZone, random.nextInt(24));
            for (UUID card : cards.subList(2, cards.size())) {
                answer(name, card, random, ZoneId.of(newZone), middle.plus(Duration.ofHours(1)), Instant.now());
            }
            action(name, cards.get(2), "suspend");
            action(name, cards.get(3), "reset");
            action(name, cards.get(4), "suspend");
            action(name, cards.get(4), "unsuspend");
            assertSameDays(owner, decks, context + " then " + newZone);
        }
    }

    /** Four to twelve answers, in time order, many of them within minutes of a rollover hour of {@code zone}. */
    private static void answer(String user, UUID cardId, Random random, ZoneId zone, Instant from, Instant until) {
        int answers = 4 + random.nextInt(9);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            Instant at = from.plusSeconds((long) (random.nextDouble() * Duration.between(from, until).toSeconds()));
            if (random.nextBoolean()) {
                // within ten minutes of a full hour on the local clock: some of them are rollovers
                LocalDate date = at.atZone(zone).toLocalDate();
                Instant nearHour = date.atTime(random.nextInt(24), 0).atZone(zone).toInstant()
                        .plusSeconds(random.nextInt(1200) - 600L);
                // kept within the period: an answer before it could precede the card's last review (refused)
                if (!nearHour.isBefore(from) && nearHour.isBefore(until)) {
                    at = nearHour;
                }
            }
            times.add(at.truncatedTo(ChronoUnit.MILLIS));
        }
        times.stream().filter(at -> at.isBefore(Instant.now())).distinct().sorted().forEach(at ->
                given().auth().oauth2(TestTokens.user(user)).contentType(ContentType.JSON)
                        .body("{\"rating\": " + (1 + random.nextInt(4)) + ", \"durationMs\": " + random.nextInt(60_000)
                                + ", \"reviewedAt\": \"" + at + "\"}")
                        .when().post("/api/review/" + cardId)
                        .then().statusCode(200));
    }

    private void assertSameDays(String owner, List<UUID> decks, String context) {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] basis = (Object[]) entityManager.createNativeQuery("select time_zone, day_rollover_hour"
                    + " from review.review_day_basis where owner_id = ?1").setParameter(1, owner).getSingleResult();
            ZoneId zone = ZoneId.of((String) basis[0]);
            int hour = ((Number) basis[1]).intValue();
            List<UUID> scopes = new ArrayList<>(decks);
            scopes.add(null);
            for (UUID deck : scopes) {
                assertThat(kept(owner, deck)).as("%s, deck %s", context, deck).isNotEmpty()
                        .isEqualTo(fromTheLog(owner, deck, zone, hour));
            }
            assertThat(sorted(stats.cardGroups(owner, null))).as("%s, cards", context)
                    .isEqualTo(sorted(cardsFromTheSchedules(owner)));
            totals.recount(owner, ZoneId.of("UTC"), 0);
            totals.recount(owner, zone, hour);
            for (UUID deck : scopes) {
                assertThat(kept(owner, deck)).as("%s, recounted, deck %s", context, deck)
                        .isEqualTo(fromTheLog(owner, deck, zone, hour));
            }
        });
    }

    private List<DayRow> kept(String owner, UUID deck) {
        return totals.days(owner, deck).stream().map(ReviewDayTotalsTest::dayRow).toList();
    }

    @SuppressWarnings("unchecked")
    private List<DayRow> fromTheLog(String owner, UUID deck, ZoneId zone, int hour) {
        String join = deck == null ? "" : "join review.card_schedule s on s.card_id = l.card_id and s.deck_id = :deck";
        var query = entityManager.createNativeQuery(FROM_THE_LOG.formatted(join))
                .setParameter("owner", owner)
                .setParameter("zone", zone.getId())
                .setParameter("shift", hour * 3600.0);
        if (deck != null) {
            query.setParameter("deck", deck);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(ReviewDayTotalsTest::dayRow).toList();
    }

    @SuppressWarnings("unchecked")
    private List<CardGroup> cardsFromTheSchedules(String owner) {
        List<Object[]> rows = entityManager.createNativeQuery(CARDS_FROM_THE_SCHEDULES)
                .setParameter("owner", owner)
                .getResultList();
        return rows.stream().map(row -> new CardGroup((UUID) row[0], (String) row[1], number(row[2]),
                (String) row[3], number(row[4]))).toList();
    }

    private static List<String> sorted(List<CardGroup> groups) {
        return groups.stream().map(CardGroup::toString).sorted().toList();
    }

    private static DayRow dayRow(Object[] row) {
        return new DayRow(LocalDate.ofEpochDay(number(row[0])), number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5]), number(row[6]), number(row[7]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private void move(String owner, UUID cardId, UUID toDeck) {
        QuarkusTransaction.requiringNew().run(() -> projection.apply(owner, Instant.now(),
                new CardUpdated(cardId, toDeck, List.of(CardItem.text("moved")), List.of(CardItem.text("back")),
                        List.of())));
    }

    private void purge(String owner, UUID cardId, UUID deckId) {
        QuarkusTransaction.requiringNew().run(() -> projection.apply(owner, Instant.now(),
                new CardPurged(cardId, deckId)));
    }

    private static void action(String user, UUID cardId, String action) {
        given().auth().oauth2(TestTokens.user(user))
                .when().post("/api/review/" + cardId + "/" + action)
                .then().statusCode(200);
    }

    private static void putSettings(String user, String zone, int hour) {
        given().auth().oauth2(TestTokens.user(user)).contentType(ContentType.JSON)
                .body("{\"timeZone\": \"" + zone + "\", \"dayRolloverHour\": " + hour
                        + ", \"newPerDay\": 9999, \"reviewsPerDay\": 9999, \"desiredRetention\": 0.9}")
                .when().put("/api/review/settings")
                .then().statusCode(200);
    }
}
