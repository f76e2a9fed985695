package app.memoryvault.media.processing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;

/** Bounds the jobs one worker runs at once (decoding is what takes the memory), and counts running and waiting ones. */
@ApplicationScoped
public class JobSlots {

    private final Semaphore slots;
    private final int capacity;

    public JobSlots(ProcessingConfig config) {
        this.capacity = config.jobs();
        this.slots = new Semaphore(capacity, true);
    }

    /** Runs {@code job} once a slot is free. */
    public void run(Runnable job) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a job slot", e);
        }
        try {
            job.run();
        } finally {
            slots.release();
        }
    }

    /** Jobs running now. */
    public int running() {
        return capacity - slots.availablePermits();
    }

    /** Jobs received and waiting for a slot. */
    public int waiting() {
        return slots.getQueueLength();
    }
}
