import app.memoryvault.testing.infra.PostgresServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Seeds users with 1 000, 100 000 and 1 000 000 cards in a throw-away embedded Postgres, starts the packaged
 * card-service on it (tokens signed by a key made for the run, Kafka off), and measures for each user p50/p99 of
 * GET /api/cards/{id}, GET /api/cards pages (first and deep cursor pages, plain, by deck, by tag, with q) and
 * POST /api/cards with sequential requests, then throughput with concurrent clients, and prints Postgres' plans of
 * the q pages.
 */
public class CardsBench {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    /** The lines the issue sets goals for: p99 under 20 ms at 100 000 cards and at most 1.5x the 1 000 figure. */
    private static final List<String> GOAL_LINES = List.of("deck filter, first page", "q 1% of cards, first page",
            "q 10% of cards, first page");
    private static final double GOAL_P99_MILLIS = 20;
    private static final double GOAL_RATIO = 1.5;

    record User(String name, int cards) {
    }

    record Scenario(String name, String query, String deepFilterSql) {
    }

    record Figures(double p50, double p99) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "100"));
        int samples = Integer.parseInt(System.getenv().getOrDefault("SAMPLES", "300"));
        int clients = Integer.parseInt(System.getenv().getOrDefault("CLIENTS", "4"));
        int seconds = Integer.parseInt(System.getenv().getOrDefault("THROUGHPUT_SECONDS", "5"));
        List<User> users = new ArrayList<>();
        users.add(new User("bench-1k", 1_000));
        users.add(new User("bench-100k", 100_000));
        int largeCards = Integer.parseInt(System.getenv().getOrDefault("LARGE_CARDS", "1000000"));
        if (largeCards > 0) {
            users.add(new User("bench-" + label(largeCards), largeCards));
        }
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        try (PostgresServer postgres = PostgresServer.startTemporary()) {
            int port = freePort();
            Process service = startService(jar, work, postgres.port(), port, keys);
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl())) {
                waitUntilLive(port, service, work);
                for (User user : users) {
                    seed(db, user.name(), user.cards());
                }
                // The seed's dirty pages written now, not by the checkpointer while requests are timed.
                try (Statement statement = db.createStatement()) {
                    statement.execute("checkpoint");
                }
                Bench bench = new Bench(port, keys.getPrivate(), db, warmup, samples);
                for (User user : users) {
                    bench.warmUp(user.name());
                }
                Map<User, Map<String, Figures>> latency = new LinkedHashMap<>();
                for (User user : users) {
                    latency.put(user, bench.latency(user.name()));
                }
                Map<User, Map<String, Double>> throughput = new LinkedHashMap<>();
                for (User user : users) {
                    throughput.put(user, bench.throughput(user.name(), clients, seconds));
                }
                for (User user : users) {
                    for (String term : List.of("w42", "g7")) {
                        bench.explain(user.name(), term, null);
                        bench.explain(user.name(), term, bench.deepCursor(user.name(), Bench.fts(term)));
                    }
                }
                printLatency(latency, samples, warmup);
                printThroughput(throughput, clients, seconds);
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    private static Process startService(Path jar, Path work, int dbPort, int port, KeyPair keys) throws IOException {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.http.port", Integer.toString(port));
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + dbPort + "/postgres");
        // Tokens are verified with the run's public key: no identity provider needed (an empty value unsets it).
        config.put("quarkus.oidc.auth-server-url", "");
        config.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        // Nothing is published or consumed: the bench reads only.
        config.put("kafka.bootstrap.servers", "localhost:1");
        config.put("mp.messaging.incoming.card-reviewed.enabled", "false");
        config.put("mp.messaging.incoming.media-processed.enabled", "false");
        config.put("memoryvault.outbox.enabled", "false");
        config.put("memoryvault.trash.purge-every", "off");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Xlog:gc:file=" + work.resolve("card-service-gc.log")));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("card-service.log").toFile())
                .start();
    }

    private static void waitUntilLive(int port, Process service, Path work) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/live")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("card-service did not come up; see " + work.resolve("card-service.log"));
    }

    /** Ten decks, twenty tags, and {@code count} cards with a text item per side and one tag, in bulk SQL. */
    private static void seed(Connection db, String owner, int count) throws SQLException {
        long start = System.nanoTime();
        update(db, "insert into card.deck (id, owner_id, name, created_at, updated_at)"
                + " select gen_random_uuid(), ?, 'deck ' || d, now(), now() from generate_series(0, 9) d", owner);
        update(db, "insert into card.tag (id, owner_id, name)"
                + " select gen_random_uuid(), ?, 't' || t from generate_series(0, 19) t", owner);
        update(db, """
                insert into card.card (id, owner_id, deck_id, created_at, updated_at, version, box, due_at,
                                       last_reviewed_at)
                select gen_random_uuid(), ?, decks.ids[1 + i % 10],
                       timestamptz '2025-01-01' + i * interval '1 second', timestamptz '2025-01-01' + i * interval '1 second', 0,
                       case when i % 2 = 0 then 1 + i % 5 end,
                       case when i % 2 = 0 then timestamptz '2026-01-01' + (i % 100000) * interval '1 minute' end,
                       case when i % 2 = 0 then timestamptz '2025-12-01' end
                from generate_series(1, ?) i,
                     (select array_agg(id order by name) as ids from card.deck where owner_id = ?) decks""",
                owner, count, owner);
        update(db, """
                insert into card.card_content (id, card_id, side, position, kind, text)
                select gen_random_uuid(), c.id, s.side, 0, 'text',
                       s.side || ' w' || (abs(hashtext(c.id::text)) % 100)
                              || ' g' || (abs(hashtext(c.id::text)) % 10) || ' lorem ipsum dolor'
                from card.card c cross join (values ('front'), ('back')) s(side) where c.owner_id = ?""", owner);
        // The search vector as card-service keeps it, by the schema's own definition.
        update(db, "update card.card set search = card.card_search_vector(id) where owner_id = ?", owner);
        update(db, """
                insert into card.card_tag (card_id, tag_id)
                select c.id, t.id from card.card c
                join card.tag t on t.owner_id = c.owner_id and t.name = 't' || (abs(hashtext(c.id::text)) % 20)
                where c.owner_id = ?""", owner);
        try (Statement statement = db.createStatement()) {
            statement.execute("vacuum analyze card.card");
            statement.execute("vacuum analyze card.card_content");
            statement.execute("vacuum analyze card.card_tag");
            statement.execute("vacuum analyze card.tag");
            statement.execute("vacuum analyze card.deck");
        }
        System.out.printf("seeded %s with %,d cards in %.0f s%n", owner, count, (System.nanoTime() - start) / 1e9);
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Sends the scenarios' requests as one user and times them. */
    record Bench(int port, PrivateKey key, Connection db, int warmup, int samples) {

        /** Sends every scenario's warm-up requests, so that no user is measured with a colder JIT than another. */
        void warmUp(String owner) throws Exception {
            HttpClient http = client();
            for (Map.Entry<String, IntFunction<HttpRequest>> scenario : scenarios(owner).entrySet()) {
                for (int i = 0; i < warmup; i++) {
                    send(http, scenario.getValue().apply(i));
                }
            }
        }

        /** p50 and p99 of each scenario, one request at a time. */
        Map<String, Figures> latency(String owner) throws Exception {
            HttpClient http = client();
            Map<String, Figures> figures = new LinkedHashMap<>();
            for (Map.Entry<String, IntFunction<HttpRequest>> scenario : scenarios(owner).entrySet()) {
                double[] millis = new double[samples];
                for (int i = 0; i < samples; i++) {
                    HttpRequest request = scenario.getValue().apply(warmup + i);
                    long start = System.nanoTime();
                    send(http, request);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                figures.put(scenario.getKey(), new Figures(percentile(millis, 0.50), percentile(millis, 0.99)));
            }
            return figures;
        }

        /** Requests per second of the four operations the issue names, {@code clients} sending at once. */
        Map<String, Double> throughput(String owner, int clients, int seconds) throws Exception {
            Map<String, IntFunction<HttpRequest>> all = scenarios(owner);
            Map<String, Double> figures = new LinkedHashMap<>();
            for (String name : List.of("GET /api/cards/{id}", "deck filter, first page", "q 1% of cards, first page",
                    "POST /api/cards")) {
                IntFunction<HttpRequest> requests = all.get(name);
                AtomicLong done = new AtomicLong();
                long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
                    List<Future<?>> running = new ArrayList<>();
                    for (int c = 0; c < clients; c++) {
                        int offset = 1_000_000 * (c + 1);
                        running.add(pool.submit(() -> {
                            HttpClient http = client();
                            for (int i = offset; System.nanoTime() < end; i++) {
                                send(http, requests.apply(i));
                                done.incrementAndGet();
                            }
                            return null;
                        }));
                    }
                    for (Future<?> client : running) {
                        client.get();
                    }
                }
                figures.put(name, done.get() / (double) seconds);
            }
            return figures;
        }

        /** Every timed request by line name; the argument numbers the request (ids rotate, new cards differ). */
        private Map<String, IntFunction<HttpRequest>> scenarios(String owner) throws Exception {
            String token = token(owner);
            String deck = single("select id::text from card.deck where owner_id = ? order by name limit 1", owner);
            List<String> ids = column("select id::text from card.card where owner_id = ? order by random() limit 1000",
                    owner);
            Map<String, IntFunction<HttpRequest>> scenarios = new LinkedHashMap<>();
            scenarios.put("GET /api/cards/{id}", i -> get(token, "/api/cards/" + ids.get(i % ids.size())));
            List<Scenario> pages = List.of(
                    new Scenario("first page", "", null),
                    new Scenario("deep cursor page (90%)", "", ""),
                    new Scenario("deck filter, first page", "deckId=" + deck, null),
                    new Scenario("deck filter, deep page", "deckId=" + deck, " and c.deck_id = '" + deck + "'"),
                    new Scenario("tag filter, first page", "tag=t3", null),
                    new Scenario("q 1% of cards, first page", "q=w42", null),
                    new Scenario("q 1%, deep page", "q=w42", fts("w42")),
                    new Scenario("q 10% of cards, first page", "q=g7", null),
                    new Scenario("q 10%, deep page", "q=g7", fts("g7")),
                    new Scenario("due sort + box filter", "sort=due&box=2", null));
            for (Scenario page : pages) {
                String query = "limit=50" + (page.query().isEmpty() ? "" : "&" + page.query());
                if (page.deepFilterSql() != null) {
                    query += "&cursor=" + URLEncoder.encode(deepCursor(owner, page.deepFilterSql()),
                            StandardCharsets.UTF_8);
                }
                String path = "/api/cards?" + query;
                scenarios.put(page.name(), i -> get(token, path));
            }
            scenarios.put("POST /api/cards", i -> HttpRequest.newBuilder(uri("/api/cards"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"deckId":"%s","front":[{"kind":"text","text":"new card %d w%d"}],
                             "back":[{"kind":"text","text":"its **answer** %d"}],"tags":["t%d"]}"""
                            .formatted(deck, i, i % 100, i, i % 20)))
                    .build());
            return scenarios;
        }

        private HttpRequest get(String token, String path) {
            return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build();
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private static HttpClient client() {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        }

        private static void send(HttpClient http, HttpRequest request) throws Exception {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
        }

        /** The full-text condition of a q page, as CardSearch writes it. */
        static String fts(String term) {
            return " and c.search @@ websearch_to_tsquery('simple', '" + term + "')";
        }

        /**
         * Prints Postgres' plan and timing for the id query card-service runs for a {@code q} page (first page, or
         * the page after {@code cursor}), as {@code CardSearch} writes it.
         */
        void explain(String owner, String term, String cursor) throws SQLException {
            String after = "";
            if (cursor != null) {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                        .split(":created\\|");
                after = " and (c.created_at, c.id) > ('" + parts[1] + "'::timestamptz, '" + parts[0] + "'::uuid)";
            }
            String sql = "explain (analyze, buffers, costs off) select c.id from card.card c where c.owner_id = ?"
                    + " and c.deleted_at is null" + fts(term) + after
                    + " order by c.created_at nulls last, c.id limit 51";
            System.out.printf("%n%s, q=%s %s page:%n", owner, term, cursor == null ? "first" : "deep (90%)");
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setString(1, owner);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        System.out.println("  " + rows.getString(1));
                    }
                }
            }
        }

        /** The cursor after the card at 90% of the owner's live cards matching the filter, by created time. */
        String deepCursor(String owner, String filterSql) throws SQLException {
            String where = "from card.card c where c.owner_id = ? and c.deleted_at is null" + filterSql;
            long matching = Long.parseLong(single("select count(*)::text " + where, owner));
            try (PreparedStatement statement = db.prepareStatement(
                    "select c.id, c.created_at " + where + " order by c.created_at, c.id offset ? limit 1")) {
                statement.setString(1, owner);
                statement.setLong(2, Math.max(0, matching * 9 / 10 - 1));
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    Instant created = row.getObject(2, OffsetDateTime.class).toInstant();
                    String plain = row.getObject(1, UUID.class) + ":created|" + created;
                    return URL.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
                }
            }
        }

        private String single(String sql, String owner) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setString(1, owner);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        }

        private List<String> column(String sql, String owner) throws SQLException {
            List<String> values = new ArrayList<>();
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setString(1, owner);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
            }
            return values;
        }

        /** An RS256 access token for the owner with role user, signed with the run's key. */
        private String token(String owner) throws Exception {
            long now = Instant.now().getEpochSecond();
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
            String claims = "{\"sub\":\"" + owner + "\",\"iss\":\"bench\",\"iat\":" + now + ",\"exp\":" + (now + 7200)
                    + ",\"groups\":[\"user\"],\"realm_access\":{\"roles\":[\"user\"]}}";
            String signed = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + URL.encodeToString(signature.sign());
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void printLatency(Map<User, Map<String, Figures>> latency, int samples, int warmup) {
        List<User> users = new ArrayList<>(latency.keySet());
        User small = users.getFirst();
        System.out.printf("%nLatency, one client, %d sequential requests per line after %d warm-up (ms);"
                + " pages are limit=50; x = p99 against the %s user's p99%n", samples, warmup, small.name());
        StringBuilder header = new StringBuilder(String.format("%-27s", "request"));
        for (User user : users) {
            header.append(String.format(" %10s %10s", label(user) + " p50", label(user) + " p99"));
        }
        for (User user : users.subList(1, users.size())) {
            header.append(String.format(" %7s", label(user) + " x"));
        }
        System.out.println(header);
        for (String name : latency.get(small).keySet()) {
            StringBuilder line = new StringBuilder(String.format("%-27s", name));
            for (User user : users) {
                Figures figures = latency.get(user).get(name);
                line.append(String.format(" %10.2f %10.2f", figures.p50(), figures.p99()));
            }
            for (User user : users.subList(1, users.size())) {
                line.append(String.format(" %7.2f", latency.get(user).get(name).p99() / latency.get(small).get(name).p99()));
            }
            System.out.println(line);
        }
        User goalUser = users.get(1);
        System.out.printf("%nGoals (issue 3) at %s cards: list and search p99 under %.0f ms, and at most %.1fx the"
                + " figure at %s cards%n", label(goalUser), GOAL_P99_MILLIS, GOAL_RATIO, label(small));
        for (String name : GOAL_LINES) {
            double p99 = latency.get(goalUser).get(name).p99();
            double ratio = p99 / latency.get(small).get(name).p99();
            System.out.printf("  %-27s p99 %6.2f ms %-8s  %5.2fx %s%n", name, p99,
                    p99 < GOAL_P99_MILLIS ? "met" : "NOT met", ratio, ratio <= GOAL_RATIO ? "met" : "NOT met");
        }
    }

    private static void printThroughput(Map<User, Map<String, Double>> throughput, int clients, int seconds) {
        List<User> users = new ArrayList<>(throughput.keySet());
        System.out.printf("%nThroughput, %d clients at once for %d s per line (requests per second)%n", clients,
                seconds);
        StringBuilder header = new StringBuilder(String.format("%-27s", "request"));
        for (User user : users) {
            header.append(String.format(" %10s", label(user)));
        }
        System.out.println(header);
        for (String name : throughput.get(users.getFirst()).keySet()) {
            StringBuilder line = new StringBuilder(String.format("%-27s", name));
            for (User user : users) {
                line.append(String.format(" %10.0f", throughput.get(user).get(name)));
            }
            System.out.println(line);
        }
    }

    private static String label(User user) {
        return label(user.cards());
    }

    private static String label(int cards) {
        return cards % 1_000_000 == 0 ? cards / 1_000_000 + "M" : cards / 1000 + "k";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
