package app.memoryvault.events.testapp;

import app.memoryvault.events.CardCreated;
import app.memoryvault.events.CardItem;
import app.memoryvault.events.CardUpdated;
import app.memoryvault.events.DomainEvent;
import app.memoryvault.events.EventCodec;
import app.memoryvault.events.Inbox;
import app.memoryvault.events.MalformedEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The consumer side of the test service, written as events/README.md tells every consumer to be: retried a few
 * times, then dead-lettered; idempotent through the inbox. A card whose text is {@value #POISON} always fails.
 */
@ApplicationScoped
public class CardEventsConsumer {

    public static final String NAME = "test-card-events";
    public static final String POISON = "poison";

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @Inject
    EventCodec codec;

    @Inject
    Inbox inbox;

    @Incoming("card-events-in")
    @Blocking
    @Retry(maxRetries = 2, delay = 50, abortOn = MalformedEventException.class)
    public void consume(String message) {
        // counted before the inbox decides, so tests see redeliveries too
        attempts.computeIfAbsent(codec.decode(message).eventId().toString(), id -> new AtomicInteger()).incrementAndGet();
        inbox.consumeOnce(NAME, message, envelope -> apply(envelope.eventId(), envelope.payload()));
    }

    /** How often the consumer was invoked for this event id (deliveries and retries). */
    public int attempts(UUID eventId) {
        AtomicInteger count = attempts.get(eventId.toString());
        return count == null ? 0 : count.get();
    }

    private void apply(UUID eventId, DomainEvent event) {
        switch (event) {
            case CardCreated created -> record(eventId, created.cardId(), created.type(), created.front());
            case CardUpdated updated -> record(eventId, updated.cardId(), updated.type(), updated.front());
            default -> {
                // this consumer only keeps card content
            }
        }
    }

    private void record(UUID eventId, UUID cardId, String type, List<CardItem> front) {
        String text = front.isEmpty() ? null : front.getFirst().text();
        if (POISON.equals(text)) {
            throw new IllegalStateException("cannot apply card " + cardId);
        }
        AppliedEvent applied = new AppliedEvent();
        applied.eventId = eventId;
        applied.consumer = NAME;
        applied.cardId = cardId;
        applied.type = type;
        applied.text = text;
        applied.persist();
    }
}
