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

/**
 * Seeds one user with 1 000 cards and one with 1 000 000 in a throw-away embedded Postgres, starts the packaged
 * card-service on it (tokens signed by a key made for the run, Kafka off), and measures p50/p99 of GET /api/cards
 * pages (first and deep cursor pages, plain, by deck, by tag, with q) for both users, sequential requests, and
 * Postgres' plans of the q pages.
 */
public class CardsBench {

    private static final String SMALL = "bench-1k";
    private static final String LARGE = "bench-1m";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    record Scenario(String name, String query, String deepFilterSql) {
    }

    record Figures(double p50, double p99) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "100"));
        int samples = Integer.parseInt(System.getenv().getOrDefault("SAMPLES", "300"));
        int largeCards = Integer.parseInt(System.getenv().getOrDefault("LARGE_CARDS", "1000000"));
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        try (PostgresServer postgres = PostgresServer.startTemporary()) {
            int port = freePort();
            Process service = startService(jar, work, postgres.port(), port, keys);
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl())) {
                waitUntilLive(port, service, work);
                seed(db, SMALL, 1_000);
                seed(db, LARGE, largeCards);
                Bench bench = new Bench(port, keys.getPrivate(), db, warmup, samples);
                Map<String, Figures> small = bench.run(SMALL);
                Map<String, Figures> large = bench.run(LARGE);
                print(small, large, largeCards, samples, warmup);
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
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
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

        Map<String, Figures> run(String owner) throws Exception {
            String token = token(owner);
            String deck = single("select id::text from card.deck where owner_id = ? order by name limit 1", owner);
            List<Scenario> scenarios = List.of(
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
            Map<String, Figures> figures = new LinkedHashMap<>();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (Scenario scenario : scenarios) {
                String query = "limit=50" + (scenario.query().isEmpty() ? "" : "&" + scenario.query());
                if (scenario.deepFilterSql() != null) {
                    query += "&cursor=" + URLEncoder.encode(deepCursor(owner, scenario.deepFilterSql()),
                            StandardCharsets.UTF_8);
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cards?"
                        + query)).header("Authorization", "Bearer " + token).build();
                figures.put(scenario.name(), time(http, request));
            }
            for (String term : List.of("w42", "g7")) {
                explain(owner, term, null);
                explain(owner, term, deepCursor(owner, fts(term)));
            }
            return figures;
        }

        /** The full-text condition of a q page, as CardSearch writes it. */
        private static String fts(String term) {
            return " and c.search @@ websearch_to_tsquery('simple', '" + term + "')";
        }

        /**
         * Prints Postgres' plan and timing for the id query card-service runs for a {@code q} page (first page, or
         * the page after {@code cursor}), as {@code CardSearch} writes it.
         */
        private void explain(String owner, String term, String cursor) throws SQLException {
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

        private Figures time(HttpClient http, HttpRequest request) throws Exception {
            double[] millis = new double[samples];
            for (int i = -warmup; i < samples; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                if (i >= 0) {
                    millis[i] = took / 1e6;
                }
            }
            Arrays.sort(millis);
            return new Figures(percentile(millis, 0.50), percentile(millis, 0.99));
        }

        /** The cursor after the card at 90% of the owner's live cards matching the filter, by created time. */
        private String deepCursor(String owner, String filterSql) throws SQLException {
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

    private static void print(Map<String, Figures> small, Map<String, Figures> large, int largeCards, int samples,
            int warmup) {
        System.out.printf("%nGET /api/cards?limit=50, one client, %d sequential requests per line after %d warm-up"
                + " (ms)%n", samples, warmup);
        System.out.println("Goal: a page costs the same at 1 000 and " + String.format("%,d", largeCards)
                + " cards (ratio 1.0; the issue allows at most 1.5)");
        System.out.printf("%-26s %10s %10s %12s %12s %9s %9s%n", "page", "1k p50", "1k p99", "large p50",
                "large p99", "p50 x", "p99 x");
        for (String name : small.keySet()) {
            Figures s = small.get(name);
            Figures l = large.get(name);
            System.out.printf("%-26s %10.2f %10.2f %12.2f %12.2f %9.2f %9.2f%n", name, s.p50(), s.p99(), l.p50(),
                    l.p99(), l.p50() / s.p50(), l.p99() / s.p99());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
