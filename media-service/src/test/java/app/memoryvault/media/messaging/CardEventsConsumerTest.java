package app.memoryvault.media.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import app.memoryvault.events.CardCreated;
import app.memoryvault.events.CardDeleted;
import app.memoryvault.events.CardItem;
import app.memoryvault.events.CardPurged;
import app.memoryvault.events.CardRestored;
import app.memoryvault.events.CardUpdated;
import app.memoryvault.events.DomainEvent;
import app.memoryvault.events.EventCodec;
import app.memoryvault.events.EventEnvelope;
import app.memoryvault.events.Topics;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.StorageKeys;
import app.memoryvault.testing.kafka.TestTopics;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CardEventsConsumerTest {

    private static final String USER = "collector";
    private static final String OWNER = TestTokens.subjectOf(USER);
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    private UUID file() {
        return file(OWNER);
    }

    private static UUID file(String owner) {
        MediaFile file = new MediaFile();
        file.id = UUID.randomUUID();
        file.ownerId = owner;
        file.kind = "image";
        file.mimeType = "image/png";
        byte[] random = new byte[32];
        ThreadLocalRandom.current().nextBytes(random);
        file.sha256 = HexFormat.of().formatHex(random);
        file.sizeBytes = 10;
        file.status = "ready";
        file.uploadKey = StorageKeys.upload(file.id);
        file.createdAt = Instant.now();
        file.updatedAt = file.createdAt;
        QuarkusTransaction.requiringNew().run(file::persist);
        return file.id;
    }

    /** Sends the event as card-service's relay would and answers its id. */
    private UUID send(String owner, DomainEvent event, Instant occurredAt) {
        UUID eventId = UUID.randomUUID();
        send(new EventEnvelope<>(eventId, event.type(), event.version(), occurredAt, owner, event));
        return eventId;
    }

    private void send(EventEnvelope<DomainEvent> envelope) {
        TestTopics.send(Topics.CARD_EVENTS, envelope.payload().aggregateId(), codec.encode(envelope));
    }

    private void awaitApplied(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(
                        "select count(*) from media.inbox where consumer = :consumer and event_id = :id")
                        .setParameter("consumer", CardEventsConsumer.NAME)
                        .setParameter("id", eventId)
                        .getSingleResult()).longValue() == 1));
    }

    private static int refCount(UUID mediaId) {
        return QuarkusTransaction.requiringNew().call(() -> MediaFile.<MediaFile>findById(mediaId).refCount);
    }

    private static CardCreated created(UUID cardId, UUID... media) {
        return new CardCreated(cardId, UUID.randomUUID(), List.of(CardItem.text("q")),
                List.of(media).stream().map(CardItem::image).toList(), List.of());
    }

    private static CardUpdated updated(UUID cardId, UUID... media) {
        return new CardUpdated(cardId, UUID.randomUUID(), List.of(CardItem.text("q")),
                List.of(media).stream().map(CardItem::image).toList(), List.of());
    }

    @Test
    void shouldCountEveryCardReferencingAFile() {
        UUID image = file();
        UUID other = file();
        send(OWNER, created(UUID.randomUUID(), image), T0);
        UUID last = send(OWNER, created(UUID.randomUUID(), image, other), T0);

        awaitApplied(last);

        assertThat(refCount(image)).isEqualTo(2);
        assertThat(refCount(other)).isEqualTo(1);
        given().auth().oauth2(TestTokens.user(USER))
                .when().delete("/api/files/{id}", image)
                .then().statusCode(409)
                .body("detail", containsString("2 cards"));
    }

    @Test
    void shouldApplyARedeliveredEventOnce() {
        UUID image = file();
        UUID cardId = UUID.randomUUID();
        CardCreated event = created(cardId, image);
        EventEnvelope<DomainEvent> envelope = new EventEnvelope<>(UUID.randomUUID(), event.type(), event.version(),
                T0, OWNER, event);
        send(envelope);
        send(envelope);
        UUID marker = send(OWNER, updated(cardId, image), T0.plusSeconds(1));

        awaitApplied(marker);

        assertThat(refCount(image)).isEqualTo(1);
    }

    @Test
    void shouldFollowUpdatesDeletionRestoreAndPurge() {
        UUID before = file();
        UUID after = file();
        UUID cardId = UUID.randomUUID();
        UUID deckId = UUID.randomUUID();
        send(OWNER, created(cardId, before), T0);
        awaitApplied(send(OWNER, updated(cardId, after), T0.plusSeconds(1)));
        assertThat(refCount(before)).isZero();
        assertThat(refCount(after)).isEqualTo(1);

        awaitApplied(send(OWNER, new CardDeleted(cardId, deckId), T0.plusSeconds(2)));
        assertThat(refCount(after)).as("a card in the trash").isZero();

        awaitApplied(send(OWNER, new CardRestored(cardId, deckId), T0.plusSeconds(3)));
        assertThat(refCount(after)).as("restored with the content it had").isEqualTo(1);

        awaitApplied(send(OWNER, new CardPurged(cardId, deckId), T0.plusSeconds(4)));
        assertThat(refCount(after)).isZero();

        awaitApplied(send(OWNER, updated(cardId, after), T0.plusSeconds(5)));
        assertThat(refCount(after)).as("a purged card never comes back").isZero();
    }

    @Test
    void shouldIgnoreEventsOlderThanWhatTheyWouldOverwrite() {
        UUID older = file();
        UUID newer = file();
        UUID cardId = UUID.randomUUID();
        UUID deckId = UUID.randomUUID();
        send(OWNER, new CardDeleted(cardId, deckId), T0.plusSeconds(2));
        send(OWNER, updated(cardId, newer), T0.plusSeconds(1));
        awaitApplied(send(OWNER, created(cardId, older), T0));
        assertThat(refCount(newer)).as("the card was deleted after its update").isZero();
        assertThat(refCount(older)).as("the creation came late").isZero();

        awaitApplied(send(OWNER, new CardRestored(cardId, deckId), T0.plusSeconds(3)));
        assertThat(refCount(newer)).isEqualTo(1);
        assertThat(refCount(older)).isZero();
    }

    @Test
    void shouldIgnoreReferencesToAnotherUsersOrAnUnknownFile() {
        UUID theirs = file(TestTokens.subjectOf("stranger"));
        UUID mine = file();

        awaitApplied(send(OWNER, created(UUID.randomUUID(), theirs, UUID.randomUUID(), mine), T0));

        assertThat(refCount(theirs)).isZero();
        assertThat(refCount(mine)).isEqualTo(1);
    }

    @Test
    void shouldParkAnUnreadableMessageAndGoOn() {
        UUID image = file();
        TestTopics.send(Topics.CARD_EVENTS, "garbage", "{not json");
        UUID next = send(OWNER, created(UUID.randomUUID(), image), T0);

        awaitApplied(next);

        assertThat(refCount(image)).isEqualTo(1);
        assertThat(TestTopics.read(Topics.dlq(Topics.CARD_EVENTS), record -> "{not json".equals(record.value()), 1,
                Duration.ofSeconds(30))).hasSize(1);
    }
}
