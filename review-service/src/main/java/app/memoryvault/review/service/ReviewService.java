package app.memoryvault.review.service;

import app.memoryvault.events.CardReviewed;
import app.memoryvault.events.OutboxPublisher;
import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.platform.problem.ProblemException;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.model.ReviewLog;
import app.memoryvault.review.repository.ReviewDayTotals;
import app.memoryvault.review.scheduling.Outcome;
import app.memoryvault.review.scheduling.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Records an answer: the card's row is locked for the transaction, so concurrent answers to one card apply one after
 * the other, each to the state the previous one left; the review log row, its study day's totals and the
 * card-reviewed event commit with the new schedule. A retried request (same Idempotency-Key) finds its log row and
 * answers the same.
 */
@ApplicationScoped
public class ReviewService {

    /** How far a client's clock may run ahead of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

    private final SettingsService settings;
    private final SchedulerFactory schedulers;
    private final OutboxPublisher outbox;
    private final ReviewDayTotals totals;

    public ReviewService(SettingsService settings, SchedulerFactory schedulers, OutboxPublisher outbox,
            ReviewDayTotals totals) {
        this.settings = settings;
        this.schedulers = schedulers;
        this.outbox = outbox;
        this.totals = totals;
    }

    @Transactional
    public ReviewLog review(ReviewCommand command) {
        CardSchedule card = OwnedCards.locked(command.ownerId(), command.cardId());
        if (command.idempotencyKey() != null) {
            Optional<ReviewLog> earlier = ReviewLog.findByClientReviewId(command.ownerId(), command.idempotencyKey());
            if (earlier.isPresent()) {
                return sameCardOrConflict(earlier.get(), command.cardId());
            }
        }
        if (card.suspended) {
            throw ProblemException.conflict("card-suspended", "card " + card.cardId + " is suspended");
        }
        Instant now = Instant.now();
        Instant reviewedAt = (command.reviewedAt() == null ? now : command.reviewedAt()).truncatedTo(ChronoUnit.MILLIS);
        if (reviewedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("reviewedAt", "must not be in the future");
        }
        if (card.lastReviewAt != null && reviewedAt.isBefore(card.lastReviewAt)) {
            throw ProblemException.invalid("reviewedAt", "must not be before the card's last review at "
                    + card.lastReviewAt);
        }
        DeckSetting deck = DeckSetting.findById(card.deckId);
        SchedulerType algorithm = SchedulerFactory.algorithmOf(card, deck);
        Outcome outcome = schedulers.schedulerFor(algorithm, settings.settingsOf(command.ownerId()), deck)
                .review(card.cardId, ScheduleStates.of(card), Rating.of(command.rating()), reviewedAt);
        ReviewLog log = logOf(command, card, algorithm, reviewedAt, outcome);
        card.algorithm = algorithm;
        ScheduleStates.apply(outcome, card);
        card.updatedAt = now;
        log.persist();
        outbox.publish(command.ownerId(), new CardReviewed(card.cardId, card.deckId, command.rating(), reviewedAt,
                algorithm == SchedulerType.LEITNER ? card.box : null, card.dueAt, card.stability, card.difficulty,
                card.state));
        // last: the day's row stays locked until the commit, and other answers of the user that day wait for it
        totals.answered(command.ownerId(), log.id);
        return log;
    }

    private static ReviewLog sameCardOrConflict(ReviewLog earlier, UUID cardId) {
        if (!earlier.cardId.equals(cardId)) {
            throw ProblemException.conflict("idempotency-key-reused",
                    "this Idempotency-Key was already used for another card");
        }
        return earlier;
    }

    private static ReviewLog logOf(ReviewCommand command, CardSchedule card, SchedulerType algorithm,
            Instant reviewedAt, Outcome outcome) {
        ReviewLog log = new ReviewLog();
        log.id = UUID.randomUUID();
        log.cardId = card.cardId;
        log.ownerId = command.ownerId();
        log.reviewedAt = reviewedAt;
        log.rating = command.rating();
        log.kind = outcome.kind().name().toLowerCase(Locale.ROOT);
        log.algorithm = algorithm;
        if (card.lastReviewAt != null) {
            log.elapsedDays = days(card.lastReviewAt, reviewedAt);
            log.scheduledDaysBefore = Math.max(0, days(card.lastReviewAt, card.dueAt));
        }
        log.scheduledDaysAfter = outcome.intervalDays();
        log.boxBefore = algorithm == SchedulerType.LEITNER ? card.box : null;
        log.boxAfter = algorithm == SchedulerType.LEITNER ? outcome.next().box() : null;
        log.stabilityAfter = outcome.next().stability();
        log.difficultyAfter = outcome.next().difficulty();
        log.durationMs = command.durationMs();
        log.clientReviewId = command.idempotencyKey();
        log.stateBefore = card.state;
        log.stateAfter = ReviewState.valueOf(outcome.next().phase().name());
        log.dueAfter = outcome.next().due();
        return log;
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / MILLIS_PER_DAY;
    }
}
