package app.memoryvault.card.messaging;

import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.freshUser;
import static app.memoryvault.card.support.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import app.memoryvault.card.model.MediaStatus;
import app.memoryvault.card.model.MediaView;
import app.memoryvault.card.support.CardServiceTest;
import app.memoryvault.card.support.MediaFiles;
import app.memoryvault.events.EventCodec;
import app.memoryvault.events.EventEnvelope;
import app.memoryvault.events.MediaProcessed;
import app.memoryvault.events.Topics;
import app.memoryvault.testing.kafka.TestTopics;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CardServiceTest
class MediaProcessedConsumerTest {

    @Inject
    EventCodec codec;

    @Test
    void shouldShowAPendingImageReadyWithItsVariantLinksOnceProcessed() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String picture = MediaFiles.pendingImage(token);
        String card = createCard(token, createDeck(user, "Pending"), picture);

        send(user, ready(picture));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> withToken(token).get("/api/cards/" + card).then()
                .body("front[0].media.status", equalTo("ready"))
                .body("front[0].media.width", equalTo(640))
                .body("front[0].media.height", equalTo(480))
                .body("front[0].media.links.thumb200",
                        equalTo("/api/files/" + picture + "/content?variant=thumb200")));
        withToken(token).get("/api/cards/" + card).then().header("ETag", "\"0\"");
    }

    @Test
    void shouldShowFailedMediaWithItsReason() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String picture = MediaFiles.pendingImage(token);
        String card = createCard(token, createDeck(user, "Failing"), picture);

        send(user, new MediaProcessed(UUID.fromString(picture), app.memoryvault.events.MediaStatus.FAILED,
                "the image could not be decoded", Map.of(), null, null, null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> withToken(token).get("/api/cards/" + card).then()
                .body("front[0].media.status", equalTo("failed"))
                .body("front[0].media.failureReason", equalTo("the image could not be decoded"))
                .body("front[0].media", not(hasKey("links"))));
    }

    @Test
    void shouldNotLetALatePendingAnswerOverwriteAnOutcomeThatArrivedFirst() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String picture = MediaFiles.pendingImage(token);
        send(user, ready(picture));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(picture) == MediaStatus.READY);

        String card = createCard(token, createDeck(user, "Raced"), picture);

        withToken(token).get("/api/cards/" + card).then()
                .body("front[0].media.status", equalTo("ready"))
                .body("front[0].media.links.display", equalTo("/api/files/" + picture + "/content?variant=display"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> MediaView.<MediaView>findById(
                UUID.fromString(picture)).kind)).isEqualTo(app.memoryvault.events.MediaKind.IMAGE);
    }

    @Test
    void shouldApplyARedeliveredOutcomeOnce() {
        String user = freshUser("ann");
        String picture = MediaFiles.pendingImage(TestTokens.user(user));
        String message = codec.encode(EventEnvelope.of(TestTokens.subjectOf(user), ready(picture)));
        TestTopics.send(Topics.MEDIA_PROCESSED, picture, message);
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(picture) == MediaStatus.READY);
        // Back to pending by hand: only a second application of the same event could make it ready again.
        QuarkusTransaction.requiringNew().run(() -> MediaView.update(
                "status = ?1, variants = ?2 where mediaId = ?3", MediaStatus.PENDING, List.of(),
                UUID.fromString(picture)));

        TestTopics.send(Topics.MEDIA_PROCESSED, picture, message);
        String marker = MediaFiles.pendingImage(TestTokens.user(user));
        send(user, picture, ready(marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(marker) == MediaStatus.READY);

        assertThat(statusOf(picture)).isEqualTo(MediaStatus.PENDING);
    }

    @Test
    void shouldIgnoreAnOutcomeClaimingAnotherOwnersFile() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String picture = MediaFiles.pendingImage(token);
        String card = createCard(token, createDeck(user, "Claimed"), picture);

        send(freshUser("mallory"), ready(picture));
        String marker = MediaFiles.pendingImage(token);
        createCard(token, createDeck(user, "Marker"), marker);
        send(user, picture, ready(marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(marker) == MediaStatus.READY);

        withToken(token).get("/api/cards/" + card).then().body("front[0].media.status", equalTo("pending"));
    }

    @Test
    void shouldParkAnUnreadableMessageOnTheDeadLetterTopicAndGoOn() {
        String key = UUID.randomUUID().toString();
        TestTopics.send(Topics.MEDIA_PROCESSED, key, "{not json");
        String user = freshUser("ann");
        String picture = MediaFiles.pendingImage(TestTokens.user(user));
        send(user, ready(picture));

        assertThat(TestTopics.read(Topics.dlq(Topics.MEDIA_PROCESSED), record -> key.equals(record.key()), 1,
                Duration.ofSeconds(30))).extracting(record -> record.value()).containsExactly("{not json");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(picture) == MediaStatus.READY);
    }

    private static MediaProcessed ready(String picture) {
        return new MediaProcessed(UUID.fromString(picture), app.memoryvault.events.MediaStatus.READY, null,
                Map.of("display", "media/" + picture + "/display", "thumb200", "media/" + picture + "/thumb200",
                        "thumb400", "media/" + picture + "/thumb400"), 640, 480, null);
    }

    private void send(String user, MediaProcessed event) {
        send(user, event.aggregateId(), event);
    }

    /** Sends under {@code key}: a marker sent under the key of an earlier message is consumed after it. */
    private void send(String user, String key, MediaProcessed event) {
        TestTopics.send(Topics.MEDIA_PROCESSED, key, codec.encode(EventEnvelope.of(TestTokens.subjectOf(user), event)));
    }

    private static MediaStatus statusOf(String mediaId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MediaView view = MediaView.findById(UUID.fromString(mediaId));
            return view == null ? null : view.status;
        });
    }

    private static String createCard(String token, String deck, String picture) {
        return withToken(token).body(Map.of("deckId", deck,
                        "front", List.of(Map.of("kind", "image", "mediaId", picture)),
                        "back", List.of(Map.of("kind", "text", "text", "a"))))
                .post("/api/cards").then().statusCode(201).extract().path("id");
    }
}
