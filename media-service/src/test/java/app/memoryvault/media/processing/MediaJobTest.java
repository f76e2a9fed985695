package app.memoryvault.media.processing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import app.memoryvault.events.MediaUploaded;
import app.memoryvault.events.Topics;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StorageKeys;
import app.memoryvault.media.upload.TestMedia;
import app.memoryvault.testing.kafka.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WorkerTest
@TestProfile(WorkerProfile.class)
class MediaJobTest {

    @Inject
    MediaJob job;

    @Inject
    MediaStorage storage;

    @Inject
    EntityManager entityManager;

    @TempDir
    Path dir;

    /** A pending file registered without an event, so that only this test runs its job. */
    private MediaUploaded pendingFile(byte[] png) throws Exception {
        return Jobs.pendingImage(storage, dir, png);
    }

    private long processedEvents(UUID mediaId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from media.outbox where event_type = 'media-processed' and message_key = :key")
                .setParameter("key", mediaId.toString()).getSingleResult()).longValue());
    }

    @Test
    void shouldOverwriteWhatACrashedJobLeftAndPublishOnce() throws Exception {
        MediaUploaded event = pendingFile(TestMedia.encode(TestImages.stored(1, 240, 160), "png"));
        Path stale = Files.writeString(dir.resolve("stale"), "half-written by a worker that was killed");
        storage.put(StorageKeys.variant(event.mediaId(), "display"), stale, "image/jpeg");

        job.run(UUID.randomUUID(), event);

        MediaFile file = Jobs.reload(event.mediaId());
        assertThat(file.status).as(file.failureReason).isEqualTo("ready");
        assertThat(TestImages.read(Jobs.read(storage, file.variantKeys.get("display"))).getWidth()).isEqualTo(240);
        assertThat(processedEvents(event.mediaId())).isEqualTo(1);
    }

    @Test
    void shouldDoNothingForARedeliveredJob() throws Exception {
        MediaUploaded event = pendingFile(TestMedia.encode(TestImages.stored(1, 200, 100), "png"));
        UUID eventId = UUID.randomUUID();
        job.run(eventId, event);
        MediaFile first = Jobs.reload(event.mediaId());

        job.run(eventId, event);
        job.run(UUID.randomUUID(), event);

        MediaFile again = Jobs.reload(event.mediaId());
        assertThat(again.status).isEqualTo("ready");
        assertThat(again.version).isEqualTo(first.version);
        assertThat(again.updatedAt).isEqualTo(first.updatedAt);
        assertThat(processedEvents(event.mediaId())).isEqualTo(1);
    }

    @Test
    void shouldParkAnUnreadableJobOnTheDeadLetterTopicAndGoOn() {
        String garbage = "{not a job " + UUID.randomUUID();
        TestTopics.send(Topics.MEDIA_UPLOADED, "garbage", garbage);

        MediaFile next = Jobs.awaitProcessed(Jobs.upload("image", "next.png",
                TestMedia.encode(TestImages.stored(1, 60, 40), "png")));

        assertThat(next.status).isEqualTo("ready");
        assertThat(TestTopics.read(Topics.dlq(Topics.MEDIA_UPLOADED), record -> garbage.equals(record.value()), 1,
                Duration.ofSeconds(60))).hasSize(1);
    }

    @Test
    void shouldReportReadinessAndTheBacklog() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("media-worker"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("memoryvault_media_jobs_pending"))
                .body(containsString("memoryvault_media_jobs_running"));
    }
}
