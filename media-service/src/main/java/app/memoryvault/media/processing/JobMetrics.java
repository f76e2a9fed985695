package app.memoryvault.media.processing;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.media.model.MediaFile;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The backlog an autoscaler acts on: {@code memoryvault.media.jobs.pending} (files waiting for a worker, counted in
 * the database every 15 s, the same on every replica), {@code memoryvault.media.jobs.running} and
 * {@code memoryvault.media.jobs.waiting} (this worker's jobs in and before a slot). Kafka's consumer lag of group
 * {@code media-worker} is exported by the Kafka client metrics as well.
 */
@ApplicationScoped
public class JobMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final MediaConfig config;
    private final JobSlots slots;

    public JobMetrics(MediaConfig config, JobSlots slots) {
        this.config = config;
        this.slots = slots;
    }

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        Gauge.builder("memoryvault.media.jobs.pending", pending, AtomicLong::get)
                .description("Media files waiting to be processed").register(registry);
        if (config.role().processes()) {
            Gauge.builder("memoryvault.media.jobs.running", slots, JobSlots::running)
                    .description("Jobs this worker runs now").register(registry);
            Gauge.builder("memoryvault.media.jobs.waiting", slots, JobSlots::waiting)
                    .description("Jobs this worker received that wait for a slot").register(registry);
        }
    }

    @Scheduled(every = "15s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        pending.set(QuarkusTransaction.requiringNew().call(
                () -> MediaFile.count("status = 'pending' and deletedAt is null")));
    }
}
