package app.memoryvault.review;

import app.memoryvault.events.CardScheduleChanged;
import app.memoryvault.events.EventCodec;
import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.model.CardContent;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ContentItem;
import app.memoryvault.review.model.ReviewLog;
import app.memoryvault.review.model.UserSettings;
import app.memoryvault.review.repository.ReviewDayTotals;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Schedules, review log rows and settings written straight to the database, as the service would store them. */
public final class TestData {

    private TestData() {
    }

    /** A Leitner card of {@code owner} never studied, created (and so due) at {@code createdAt}. */
    public static UUID newCard(String owner, UUID deckId, Instant createdAt) {
        UUID cardId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> card(cardId, owner, deckId, createdAt).persist());
        return cardId;
    }

    /** A card of {@code owner} studied before: in {@code state}, box 3, last reviewed 30 days before it is due. */
    public static UUID studiedCard(String owner, UUID deckId, ReviewState state, Instant dueAt) {
        UUID cardId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            CardSchedule schedule = card(cardId, owner, deckId, dueAt.minusSeconds(60L * 86_400));
            schedule.state = state;
            schedule.dueAt = dueAt;
            schedule.lastReviewAt = dueAt.minusSeconds(30L * 86_400);
            schedule.box = 3;
            schedule.reps = 4;
            schedule.persist();
        });
        return cardId;
    }

    /** A card of {@code owner} in any schedule, content known. */
    public static UUID card(String owner, UUID deckId, SchedulerType algorithm, ReviewState state, int box,
            Instant lastReviewAt, Instant dueAt, boolean suspended) {
        UUID cardId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            CardSchedule schedule = card(cardId, owner, deckId, Instant.now().minusSeconds(90L * 86_400));
            schedule.algorithm = algorithm;
            schedule.state = state;
            schedule.box = box;
            schedule.lastReviewAt = lastReviewAt;
            schedule.dueAt = dueAt;
            schedule.suspended = suspended;
            schedule.persist();
        });
        return cardId;
    }

    /** One answer in the log of {@code owner} and its study day's totals, without touching any schedule. */
    public static void logged(String owner, UUID cardId, Instant at, int rating, ReviewState before,
            double intervalBefore, Double elapsedDays, long durationMs) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewLog log = new ReviewLog();
            log.id = UUID.randomUUID();
            log.cardId = cardId;
            log.ownerId = owner;
            log.reviewedAt = at;
            log.rating = rating;
            log.kind = switch (before) {
                case NEW, LEARNING -> "learn";
                case REVIEW -> "review";
                case RELEARNING -> "relearn";
            };
            log.algorithm = SchedulerType.LEITNER;
            log.elapsedDays = elapsedDays;
            log.scheduledDaysBefore = before == ReviewState.NEW ? null : intervalBefore;
            log.scheduledDaysAfter = 1;
            log.durationMs = durationMs;
            log.stateBefore = before;
            log.stateAfter = ReviewState.REVIEW;
            log.dueAfter = at.plusSeconds(86_400);
            log.persist();
            Arc.container().instance(ReviewDayTotals.class).get().answered(owner, log.id);
        });
    }

    /** Saves the study settings of {@code owner}, replacing any saved before. */
    public static void settings(String owner, String timeZone, int rolloverHour, int newPerDay, int reviewsPerDay) {
        QuarkusTransaction.requiringNew().run(() -> {
            UserSettings settings = UserSettings.findById(owner);
            if (settings == null) {
                settings = new UserSettings();
                settings.ownerId = owner;
            }
            settings.timeZone = timeZone;
            settings.dayRolloverHour = rolloverHour;
            settings.newPerDay = newPerDay;
            settings.reviewsPerDay = reviewsPerDay;
            settings.desiredRetention = 0.9;
            settings.updatedAt = Instant.now();
            settings.persist();
        });
    }

    private static CardSchedule card(UUID cardId, String owner, UUID deckId, Instant createdAt) {
        CardSchedule schedule = CardSchedule.unstudied(cardId, owner, deckId, SchedulerType.LEITNER, createdAt);
        schedule.applyContent(deckId, new CardContent(List.of(new ContentItem("text", "front", null)),
                List.of(new ContentItem("text", "back", null)), List.of()), createdAt);
        return schedule;
    }

    /** The card-schedule-changed events of the card in the outbox, oldest first. */
    public static List<CardScheduleChanged> scheduleChanges(UUID cardId) {
        EventCodec codec = Arc.container().instance(EventCodec.class).get();
        List<?> payloads = QuarkusTransaction.requiringNew().call(() -> CardSchedule.getEntityManager()
                .createNativeQuery("select payload from review.outbox where message_key = ?1 and event_type = ?2"
                        + " order by id")
                .setParameter(1, cardId.toString())
                .setParameter(2, "card-schedule-changed")
                .getResultList());
        return payloads.stream()
                .map(payload -> codec.payload(codec.decode((String) payload), CardScheduleChanged.class))
                .toList();
    }
}
