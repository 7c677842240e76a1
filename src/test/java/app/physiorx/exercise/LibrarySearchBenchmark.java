package app.physiorx.exercise;

import static io.restassured.RestAssured.given;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import app.physiorx.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Library search with 20,000 extra exercises over 200 clinics. Run with bin/bench (Maven
 * profile "bench"); it prints p50/p95/p99 at the database and over HTTP, the query plans,
 * and the ratio against a plain ILIKE scan (what a library without search indexes does).
 * It asserts nothing about speed: figures are for reading.
 */
@QuarkusTest
class LibrarySearchBenchmark {
    private static final int WARMUP = 30;
    private static final int RUNS = 200;
    private static final List<SearchQuery> QUERIES = List.of(
            query("row", null), query("wall", null), query("scapulr", null), query("shoulder blades", null),
            query("band", null), query("stretch", "SHOULDER_STRENGTHENING"), query(null, null), query(null, "NECK_STRENGTHENING"));

    @Inject
    EntityManager em;

    @Inject
    ExerciseService exercises;

    @Inject
    LibrarySearchQueries library;

    @Inject
    ExerciseWordQueries words;

    @TestHTTPResource("/")
    URL base;

    /** SQL statements per request of the last {@link #measure} (Hibernate statistics: prepared statements). */
    private double statementsPerRequest;

    private static SearchQuery query(String q, String group) {
        return new SearchQuery(q, group, null, null, null, "0", "20");
    }

    @Test
    void librarySearchWithTwentyThousandExercises() {
        given().header("Authorization", Tokens.bearer("therapist1")).get("/api/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(this::seed);
        vacuumAnalyze();
        Account therapist = QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("""
                    select p.id, p.clinic_id, (select count(*) from exercise e where e.clinic_id is null or e.clinic_id = p.clinic_id),
                           (select count(*) from exercise)
                    from user_profile p where p.username = 'therapist1'""").getSingleResult();
            System.out.printf(Locale.ROOT, "%nLibrary: %d exercises in the table, %d visible to therapist1%n",
                    ((Number) r[3]).longValue(), ((Number) r[2]).longValue());
            return new Account(((Number) r[0]).longValue(), "bench", "therapist1", "Bench", null, Role.THERAPIST,
                    ((Number) r[1]).longValue(), "riverside", "Riverside Physio");
        });

        String loadBefore = loadAverage();
        // At the database: the SQL one request runs (spelling; page, total and facets; the page's exercises).
        Map<SearchQuery, double[]> perQuery = new HashMap<>();
        double[] db = measure(q -> QuarkusTransaction.requiringNew().run(() -> runSql(therapist, q)), perQuery);
        double dbStatements = statementsPerRequest;
        double[] service = measure(q -> QuarkusTransaction.requiringNew().run(() -> exercises.searchWithSpelling(therapist, q)), null);
        double serviceStatements = statementsPerRequest;
        String token = Tokens.accessToken("therapist1");
        double[] http = measure(q -> get("api/exercises", q, "Authorization", "Bearer " + token), null);
        double httpStatements = statementsPerRequest;
        // The library page as a signed-in therapist sees it: 20 cards, each with its drawn thumbnail, and the facets.
        Map<String, String> session = pageSession();
        io.restassured.response.Response first = params(given().cookies(session).redirects().follow(false), query("row", null))
                .get("/portal/library").then().statusCode(200).extract().response();
        String sample = first.asString();
        boolean renewed = first.getHeaders().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("q_session"));
        int thumbnails = sample.split("class=\"figure-thumb\"", -1).length - 1;
        String cookies = String.join("; ", session.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList());
        double[] page = measure(q -> get("portal/library", q, "Cookie", cookies), null);
        double pageStatements = statementsPerRequest;
        double[] renewal = renewals();
        // the database once more, now that every statement has run as often as in the HTTP rounds
        Map<SearchQuery, double[]> perQueryAgain = new HashMap<>();
        double[] dbAgain = measure(q -> QuarkusTransaction.requiringNew().run(() -> runSql(therapist, q)), perQueryAgain);
        double[] naive = measure(q -> QuarkusTransaction.requiringNew().run(() -> naiveScan(therapist, q)), null);
        String loadAfter = loadAverage();

        System.out.println("\n== Library search, per request (" + QUERIES.size() + " kinds x " + RUNS + " runs) ==");
        System.out.println("load average (1, 5, 15 min) before " + loadBefore + ", after " + loadAfter + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        report("database (the SQL of one search)", db, 20, dbStatements);
        report("database, measured again last", dbAgain, 20, dbStatements);
        report("service (SQL, spelling, page, facets)", service, null, serviceStatements);
        report("HTTP API (GET /api/exercises, bearer)", http, 60, httpStatements);
        report("HTTP page (/portal/library, session)", page, 60, pageStatements);
        System.out.println("  the page for q=row draws " + thumbnails + " figure thumbnails");
        System.out.println("  a page request " + (renewed ? "renewed" : "did not renew") + " the session's tokens at Keycloak"
                + " (PHYSIORX_SESSION_RECHECK); a refresh grant at Keycloak from the test client takes:");
        report("  Keycloak refresh grant (REST Assured)", renewal, null, 0);
        report("alternative: ILIKE scan, no index", naive, null, statementsPerRequest);
        System.out.printf(Locale.ROOT, "ratio p50 ILIKE scan / indexed search at the database: %.1fx%n",
                percentile(naive, 50) / percentile(db, 50));
        System.out.println("per query at the database (the SQL of one search), slowest first:");
        List<SearchQuery> slowest = new ArrayList<>(QUERIES);
        slowest.sort(Comparator.comparingDouble((SearchQuery q) -> percentile(perQuery.get(q), 95)).reversed());
        for (SearchQuery q : slowest) {
            double[] ms = perQuery.get(q);
            double[] again = perQueryAgain.get(q);
            System.out.printf(Locale.ROOT, "  q=%-16s group=%-24s p50 %6.2f ms  p95 %6.2f ms; measured again: p50 %6.2f ms  p95 %6.2f ms%n",
                    q.q(), q.group(), percentile(ms, 50), percentile(ms, 95), percentile(again, 50), percentile(again, 95));
        }

        for (SearchQuery q : slowest.subList(0, 2)) {
            SearchPlan plan = exercises.plan(therapist, q);
            explain("page, total and facets of q=" + q.q() + " group=" + q.group(), LibrarySearchQueries.sql(plan), plan);
        }
    }

    /**
     * Statistics and visibility map now, as autovacuum gives a live database: without them the 475,000 word rows just
     * written are planned blind and vacuumed in the middle of the first measurement. As the tables' owner (the
     * migrations' role): the app's role may not vacuum or analyze them.
     */
    private static void vacuumAnalyze() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class), config.getValue("quarkus.flyway.password", String.class));
             java.sql.Statement statement = c.createStatement()) {
            statement.execute("vacuum analyze exercise, exercise_word, clinic, clinic_hidden_exercise, exercise_media");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("vacuum analyze after seeding", e);
        }
    }

    /**
     * A refresh-token grant at Keycloak, RUNS times: what every portal page request waits for, as the session
     * renews its tokens on each one (PHYSIORX_SESSION_RECHECK above the tokens' lifetime).
     */
    private static double[] renewals() {
        String endpoint = Tokens.issuer() + "/protocol/openid-connect/token";
        String refresh = given().formParam("grant_type", "password").formParam("client_id", "physiorx-cli")
                .formParam("username", "therapist1").formParam("password", "therapist1").post(endpoint)
                .then().statusCode(200).extract().path("refresh_token");
        double[] ms = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            long start = System.nanoTime();
            refresh = given().formParam("grant_type", "refresh_token").formParam("client_id", "physiorx-cli")
                    .formParam("refresh_token", refresh).post(endpoint).then().statusCode(200).extract().path("refresh_token");
            if (i >= 0) {
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private void explain(String what, String sql, SearchPlan plan) {
        {
            System.out.println("\n-- plan for the " + what + " --");
            QuarkusTransaction.requiringNew().run(() -> {
                Query explain = em.createNativeQuery("explain (analyze, buffers) " + sql);
                plan.params().forEach(explain::setParameter);
                for (Object line : explain.getResultList()) {
                    String text = line.toString();
                    if (text.contains("Index") || text.contains("Scan") || text.contains("Execution Time")
                            || text.contains("Planning Time")) {
                        System.out.println("  " + text.strip());
                    }
                }
            });
        }
    }

    /** What ExerciseService.searchWithSpelling asks the database, without the Java around it. */
    private void runSql(Account caller, SearchQuery q) {
        String text = ExerciseSearch.text(q);
        String corrected = text.isEmpty() ? text : words.corrected(caller.clinicId(), text);
        LibrarySearchQueries.Found found = library.search(ExerciseSearch.plan(caller.clinicId(), q, corrected));
        if (!found.hits().isEmpty()) {
            em.createQuery("from Exercise where id in ?1").setParameter(1, found.hits().stream()
                    .map(LibrarySearchQueries.Hit::id).toList()).getResultList();
        } else if (!text.isEmpty()) {
            words.suggestion(caller.clinicId(), text, corrected);
        }
        em.clear();
    }

    private void naiveScan(Account caller, SearchQuery q) {
        String where = "(e.clinic_id is null or e.clinic_id = :clinic) and e.status = 'ACTIVE'"
                + (q.q() == null ? "" : " and (e.name ilike :like or array_to_string(e.steps, ' ') ilike :like"
                + " or array_to_string(e.tags, ' ') ilike :like)")
                + (q.group() == null ? "" : " and e.exercise_group = :group");
        Query query = em.createNativeQuery("select e.id, count(*) over () from exercise e where " + where
                + " order by lower(e.name) limit 20");
        query.setParameter("clinic", caller.clinicId());
        if (q.q() != null) {
            query.setParameter("like", "%" + q.q() + "%");
        }
        if (q.group() != null) {
            query.setParameter("group", q.group());
        }
        query.getResultList();
    }

    /**
     * Milliseconds per request over RUNS rounds (after WARMUP rounds) of all queries; with {@code perQuery}, also
     * each query's own times.
     */
    private double[] measure(java.util.function.Consumer<SearchQuery> request, Map<SearchQuery, double[]> perQuery) {
        for (int i = 0; i < WARMUP; i++) {
            QUERIES.forEach(request);
        }
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        long statementsBefore = statistics.getPrepareStatementCount();
        double[] ms = new double[RUNS * QUERIES.size()];
        for (int i = 0; i < RUNS; i++) {
            for (int k = 0; k < QUERIES.size(); k++) {
                long start = System.nanoTime();
                request.accept(QUERIES.get(k));
                double t = (System.nanoTime() - start) / 1e6;
                ms[i * QUERIES.size() + k] = t;
                if (perQuery != null) {
                    perQuery.computeIfAbsent(QUERIES.get(k), x -> new double[RUNS])[i] = t;
                }
            }
        }
        statementsPerRequest = (statistics.getPrepareStatementCount() - statementsBefore) / (double) ms.length;
        if (perQuery != null) {
            perQuery.values().forEach(Arrays::sort);
        }
        Arrays.sort(ms);
        return ms;
    }

    /** One GET with the JDK's client ({@link app.physiorx.support.PlainHttp}); fails unless it answers 200. */
    private void get(String path, SearchQuery q, String header, String value) {
        StringBuilder url = new StringBuilder(base.toString()).append(path).append('?');
        if (q.q() != null) {
            url.append("q=").append(java.net.URLEncoder.encode(q.q(), java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
        if (q.group() != null) {
            url.append("group=").append(q.group());
        }
        app.physiorx.support.PlainHttp.ok(url.toString(), Map.of(header, value));
    }

    private static io.restassured.specification.RequestSpecification params(
            io.restassured.specification.RequestSpecification request, SearchQuery q) {
        if (q.q() != null) {
            request.queryParam("q", q.q());
        }
        if (q.group() != null) {
            request.queryParam("group", q.group());
        }
        return request;
    }

    /** Signs therapist1 in through Keycloak in Chromium and returns the session cookies for plain HTTP requests. */
    private Map<String, String> pageSession() {
        Map<String, String> cookies = new HashMap<>();
        try (app.physiorx.support.Browser browser = new app.physiorx.support.Browser()) {
            com.microsoft.playwright.Page page = browser.newPage();
            String library = base.toString().replaceAll("/$", "") + "/portal/library";
            page.navigate(library);
            app.physiorx.support.Browser.keycloakLogin(page, "therapist1", "therapist1");
            page.waitForURL(library);
            page.context().cookies(library).forEach(c -> cookies.put(c.name, c.value));
        }
        return cookies;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void report(String what, double[] ms, Integer targetP95, double statements) {
        double p95 = percentile(ms, 95);
        System.out.printf(Locale.ROOT, "%-40s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  %4.1f SQL/request%s%n", what,
                percentile(ms, 50), p95, percentile(ms, 99), statements, targetP95 == null ? ""
                        : String.format(Locale.ROOT, "  (target p95 < %d ms: %s, %.1fx headroom)", targetP95,
                        p95 < targetP95 ? "met" : "MISSED", targetP95 / p95));
    }

    private void seed() {
        long existing = ((Number) em.createNativeQuery("select count(*) from exercise where slug like 'bench-%'")
                .getSingleResult()).longValue();
        if (existing >= 20_000) {
            return;
        }
        em.createNativeQuery("""
                insert into clinic (external_key, name)
                select 'bench-' || g, 'Bench Clinic ' || g from generate_series(1, 199) g
                on conflict (external_key) do nothing""").executeUpdate();
        // In slices of 2,000 rows: one statement of 20,000 (each with its search vector) can outlast the
        // JDBC socket timeout on a busy machine.
        for (int from = 1; from <= 20_000; from += 2_000) {
            em.createNativeQuery("""
                insert into exercise (slug, clinic_id, name, exercise_group, body_regions, position, equipment,
                                      reps_min, reps_max, steps, cues, tags)
                select 'bench-' || g, c.id,
                       (array['Band','Wall','Floor','Chair','Ball','Towel','Step','Mat'])[1 + g % 8] || ' '
                         || (array['row','press','slide','stretch','raise','hold','reach','twist','squeeze','curl'])[1 + (g / 8) % 10]
                         || ' ' || g,
                       (array['CORE_AND_BACK','SHOULDER_STRENGTHENING','NECK_STRENGTHENING'])[1 + g % 3],
                       array[(array['NECK','UPPER_BACK','SHOULDERS','CORE','LOW_BACK','HIPS'])[1 + g % 6]],
                       (array['LYING_ON_BACK','LYING_FACE_DOWN','HANDS_AND_KNEES','SITTING','STANDING','SITTING_OR_STANDING'])[1 + g % 6],
                       case g % 4 when 0 then array['resistance band'] when 1 then array['wall'] else array[]::text[] end,
                       10, 12,
                       array['Start in a comfortable position and breathe out.',
                             'Move slowly through the ' || (array['shoulder','hip','neck','back'])[1 + g % 4] || ' range.',
                             'Return to the start under control.'],
                       array['Keep your neck relaxed.'], array['bench', 'set ' || (g % 50)]
                from generate_series(:from, :to) g
                join clinic c on c.external_key = case when g % 200 = 0 then 'riverside' else 'bench-' || (g % 200) end
                on conflict do nothing""").setParameter("from", from).setParameter("to", from + 1_999).executeUpdate();
        }
    }
}
