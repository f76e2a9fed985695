package app.memoryvault.review.bench;

import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.repository.ReviewDayTotals;
import app.memoryvault.review.service.SettingsService;
import app.memoryvault.review.service.StudySettings;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The review-service benchmark (issue 6): one user with 100 000 cards and 1 000 000 answers, other users with as
 * many, a user with 1 000 cards and one with 1 000 answers; p50/p99 of GET due and GET stats over HTTP (token
 * checked, JSON written) and review throughput. Not a test: its name keeps it out of {@code mvn verify};
 * {@code bench/review/run.sh} runs it.
 */
@ReviewServiceTest
class ReviewBenchmark {

    private static final int CARDS = Integer.getInteger("bench.cards", 100_000);
    private static final int ANSWERS_PER_CARD = Integer.getInteger("bench.answersPerCard", 10);
    private static final int OTHER_USERS = Integer.getInteger("bench.otherUsers", 2);
    private static final int DUE_RUNS = Integer.getInteger("bench.dueRuns", 2000);
    private static final int STATS_RUNS = Integer.getInteger("bench.statsRuns", 200);
    private static final int SMALL_CARDS = 1_000;
    /** 100 cards × 10 answers: the 1 000 answers stats are compared with. */
    private static final int TINY_CARDS = 100;

    @Inject
    DataSource dataSource;

    @Inject
    ReviewDayTotals totals;

    @Inject
    SettingsService settings;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void run() throws Exception {
        long seedStart = System.nanoTime();
        BenchData.seed(dataSource, TestTokens.subjectOf("bench"), CARDS, ANSWERS_PER_CARD);
        for (int i = 0; i < OTHER_USERS; i++) {
            BenchData.seed(dataSource, TestTokens.subjectOf("other" + i), CARDS, ANSWERS_PER_CARD);
        }
        BenchData.seed(dataSource, TestTokens.subjectOf("small"), SMALL_CARDS, ANSWERS_PER_CARD);
        BenchData.seed(dataSource, TestTokens.subjectOf("tiny"), TINY_CARDS, ANSWERS_PER_CARD);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        System.out.printf(Locale.ROOT, "bench: seeded in %.0f s%n", seedSeconds);
        // what V6's back-fill does for a live database's history: count each user's day totals from the log
        long countStart = System.nanoTime();
        countDays("bench");
        double countSeconds = (System.nanoTime() - countStart) / 1e9;
        for (int i = 0; i < OTHER_USERS; i++) {
            countDays("other" + i);
        }
        countDays("small");
        countDays("tiny");
        BenchData.vacuum(dataSource);
        Latency dueSmall = measure("small", "api/review/due?limit=20", DUE_RUNS / 4, DUE_RUNS);
        Latency dueBig = measure("bench", "api/review/due?limit=20", DUE_RUNS / 4, DUE_RUNS);
        Latency dueDeck = measure("bench", "api/review/due?limit=20&deckId=" + deckOf("bench", 7), DUE_RUNS / 4,
                DUE_RUNS / 2);
        Latency statsTiny = measure("tiny", "api/review/stats", STATS_RUNS / 10, STATS_RUNS);
        Latency statsBig = measure("bench", "api/review/stats", STATS_RUNS / 10, STATS_RUNS);
        Latency statsDeck = measure("bench", "api/review/stats?deckId=" + deckOf("bench", 7), STATS_RUNS / 10,
                STATS_RUNS);
        // the due queue again, once the JVM and the database have run everything: the first pass can still meet
        // background work left by the seed
        Latency dueSmallAgain = measure("small", "api/review/due?limit=20", DUE_RUNS / 10, DUE_RUNS);
        Latency dueBigAgain = measure("bench", "api/review/due?limit=20", DUE_RUNS / 10, DUE_RUNS);
        double reviewsPerSecond = reviewThroughput(TestTokens.user("bench"), 4, 15);

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "seeded %d users x %d cards, %d answers each (+1 user x %d cards)"
                + " in %.0f s", 1 + OTHER_USERS, CARDS, CARDS * ANSWERS_PER_CARD, SMALL_CARDS, seedSeconds));
        lines.add(String.format(Locale.ROOT, "%-38s %9s %9s   %s", "measure", "p50 ms", "p99 ms", "goal"));
        lines.add(dueSmall.line("GET due, 1 000 cards", ""));
        lines.add(dueBig.line("GET due, 100 000 cards", verdict("p99 < 10 ms", dueBig.p99() < 10)));
        lines.add(dueDeck.line("GET due?deckId, 100 000 cards", ""));
        lines.add(dueSmallAgain.line("GET due, 1 000 cards (2nd pass)", ""));
        lines.add(dueBigAgain.line("GET due, 100 000 cards (2nd pass)", verdict("p99 < 10 ms",
                dueBigAgain.p99() < 10)));
        lines.add(String.format(Locale.ROOT, "%-38s %9.2f %9.2f   %s", "due 100k / due 1k (2nd pass)",
                dueBigAgain.p50() / dueSmallAgain.p50(), dueBigAgain.p99() / dueSmallAgain.p99(),
                verdict("<= 1.5x (p50)", dueBigAgain.p50() / dueSmallAgain.p50() <= 1.5)));
        lines.add(String.format(Locale.ROOT, "%-38s %9.2f %9.2f   %s", "due 100k / due 1k (ratio)",
                dueBig.p50() / dueSmall.p50(), dueBig.p99() / dueSmall.p99(),
                verdict("<= 1.5x (p50)", dueBig.p50() / dueSmall.p50() <= 1.5)));
        lines.add(statsTiny.line("GET stats, 1 000 answers", ""));
        lines.add(statsBig.line("GET stats, 1 000 000 answers", verdict("p99 < 100 ms", statsBig.p99() < 100)));
        lines.add(String.format(Locale.ROOT, "%-38s %9.2f %9.2f   %s", "stats 1M / stats 1k (ratio)",
                statsBig.p50() / statsTiny.p50(), statsBig.p99() / statsTiny.p99(), "about the same"));
        lines.add(statsDeck.line("GET stats?deckId, 1/10 of them", ""));
        lines.add(String.format(Locale.ROOT, "%-38s %9.1f s (once, when the time zone or rollover changes)",
                "day totals counted from 1M answers", countSeconds));
        lines.add(String.format(Locale.ROOT, "%-38s %9.0f reviews/s (4 clients, 15 s)", "POST review throughput",
                reviewsPerSecond));
        String report = String.join("\n", lines);
        System.out.println("\n==== review-service benchmark ====\n" + report + "\n");
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), report + "\n");
        }
    }

    /** Sequential calls as {@code user}; the test tokens live a few minutes, so a fresh one every 10 calls. */
    private Latency measure(String user, String path, int warmup, int runs) throws Exception {
        HttpRequest request = null;
        double[] millis = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            if ((i + warmup) % 10 == 0) {
                request = HttpRequest.newBuilder(base.toURI().resolve(path))
                        .header("Authorization", "Bearer " + TestTokens.user(user)).GET().build();
            }
            long start = System.nanoTime();
            send(request);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Latency latency = Latency.of(millis);
        System.out.println("bench: " + latency.line(path, ""));
        return latency;
    }

    private void send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /** Distinct review cards answered good by {@code clients} threads for {@code seconds}. */
    private double reviewThroughput(String token, int clients, int seconds) throws Exception {
        ConcurrentLinkedQueue<String> cards = new ConcurrentLinkedQueue<>(reviewCards("bench", 50_000));
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Object>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                String cardId;
                while (System.nanoTime() < end && (cardId = cards.poll()) != null) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/review/" + cardId))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"rating\": 3}")).build();
                    send(request);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<Object> worker : workers) {
            worker.get(seconds + 60L, TimeUnit.SECONDS);
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private List<String> reviewCards(String user, int limit) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select card_id from review.card_schedule"
                        + " where owner_id = ? and state = 'review' and not suspended limit ?")) {
            query.setString(1, TestTokens.subjectOf(user));
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private void countDays(String user) {
        String owner = TestTokens.subjectOf(user);
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            StudySettings studySettings = settings.settingsOf(owner);
            totals.recount(owner, studySettings.timeZone(), studySettings.dayRolloverHour());
        });
    }

    private String deckOf(String user, int deck) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select md5(? || '-deck-' || ?)::uuid")) {
            query.setString(1, TestTokens.subjectOf(user));
            query.setInt(2, deck);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String verdict(String goal, boolean met) {
        return goal + (met ? "  MET" : "  NOT MET");
    }

    /** Percentiles of one measure, in milliseconds. */
    private record Latency(double p50, double p99) {

        static Latency of(double[] millis) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Latency(sorted[(int) Math.ceil(0.50 * sorted.length) - 1],
                    sorted[(int) Math.ceil(0.99 * sorted.length) - 1]);
        }

        String line(String name, String goal) {
            return String.format(Locale.ROOT, "%-38s %9.2f %9.2f   %s", name, p50, p99, goal);
        }
    }
}
