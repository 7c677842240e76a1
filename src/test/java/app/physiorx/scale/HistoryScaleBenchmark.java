package app.physiorx.scale;

import static io.restassured.RestAssured.given;

import app.physiorx.support.PlainHttp;
import app.physiorx.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A clinic network's years of history (bin/bench -Dtest=HistoryScaleBenchmark): loads patients, one program
 * each, 100 sessions and 100 audit events per patient (a valid hash chain, written with COPY) and 2.5 alerts
 * per patient, all with set-based SQL, first for 2,000 patients, then grown to 20,000 (-Dbench.patients=N for
 * the larger size). At each size it prints p50/p95 of every list endpoint and page over HTTP, the growth
 * between the two sizes, the plans of the slowest queries it can name, and the size of each table.
 * It asserts nothing about speed.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(HistoryScaleBenchmark.CheckpointJobOn.class)
class HistoryScaleBenchmark {
    /** The checkpoint job runs as in service (the test profile switches it off), so the quick check's tail is real. */
    public static class CheckpointJobOn implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("physiorx.audit.checkpoint-every", String.valueOf(CHECKPOINT_EVERY),
                    "physiorx.audit.checkpoint-interval", "15s");
        }
    }

    private static final int SESSIONS = 100;
    private static final int EVENTS = 100;
    private static final int RUNS = 200;
    private static final int WARMUP = 20;
    /** Events per checkpoint, as the app's default (PHYSIORX_AUDIT_CHECKPOINT_EVERY). */
    private static final int CHECKPOINT_EVERY = 2_000;

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    app.physiorx.audit.AuditCheckpointService checkpoints;

    private record Clinic(long id, String key, long therapistId) {
    }

    @Test
    void historyAtTwoThousandAndTwentyThousandPatients() throws Exception {
        int large = Integer.getInteger("bench.patients", 20_000);
        int small = large / 10;
        given().header("Authorization", Tokens.bearer("clinicadmin1")).get("/api/me").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("therapist1")).get("/api/me").then().statusCode(200);
        List<Clinic> clinics = clinics();
        Map<String, String> adminPage = pageSession("clinicadmin1");

        load(clinics, 0, small);
        Map<String, double[]> atSmall = measure(adminPage);
        print("at " + small + " patients", atSmall);
        load(clinics, small, large);
        Map<String, double[]> atLarge = measure(adminPage);
        print("at " + large + " patients", atLarge);

        System.out.printf(Locale.ROOT, "%nGrowth of p95 from %d to %d patients (target < 1.5x, p95 < 50 ms):%n", small, large);
        atLarge.forEach((what, ms) -> {
            double before = percentile(atSmall.get(what), 95);
            double after = percentile(ms, 95);
            System.out.printf(Locale.ROOT, "  %-44s %7.2f -> %7.2f ms  %5.2fx  %s%n", what, before, after, after / before,
                    after < 50 && after / before < 1.5 ? "met" : "MISSED");
        });
        plans(clinics.getFirst());
        sizes();
    }

    /** Riverside (the demo cast's clinic) and nine clinics of the benchmark, each with a therapist. */
    private List<Clinic> clinics() throws SQLException {
        List<Clinic> clinics = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    select c.id, c.external_key, u.id from clinic c join user_profile u on u.clinic_id = c.id
                    where u.username = 'therapist1'""")) {
                rs.next();
                clinics.add(new Clinic(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
            for (int k = 1; k <= 9; k++) {
                String key = "bench-scale-" + k;
                st.executeUpdate("insert into clinic (external_key, name) values ('" + key + "', 'Scale clinic " + k + "')"
                        + " on conflict (external_key) do nothing");
                st.executeUpdate("""
                        insert into user_profile (subject, clinic_id, username, display_name, role)
                        select '%1$s-t', id, '%1$s-t', 'Scale Therapist %2$d', 'therapist' from clinic where external_key = '%1$s'
                        on conflict (subject) do nothing""".formatted(key, k));
                try (ResultSet rs = st.executeQuery("select c.id, u.id from clinic c join user_profile u on u.clinic_id = c.id"
                        + " where c.external_key = '" + key + "' and u.subject = '" + key + "-t'")) {
                    rs.next();
                    clinics.add(new Clinic(rs.getLong(1), key, rs.getLong(2)));
                }
            }
        }
        return clinics;
    }

    /**
     * Patients from..to (exclusive), spread over the ten clinics, with their programs, sessions, alerts and audit
     * events, 2,000 patients per round so that no statement runs into the pool's 30-second socket timeout.
     */
    private void load(List<Clinic> clinics, int from, int to) throws Exception {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            // the monthly partitions of the year the history spans (the job makes only the months ahead)
            st.execute("select create_month_partitions((current_date - 400), current_date)");
        }
        for (int slice = from; slice < to; slice += 2_000) {
            loadSlice(clinics, slice, Math.min(to, slice + 2_000));
        }
        // years of history have long been vacuumed by autovacuum (visibility map set: index-only scans read no heap)
        app.physiorx.support.OwnerDatabase.each("vacuum analyze audit_event", "vacuum analyze progress_session",
                "vacuum analyze alert", "vacuum analyze patient", "vacuum analyze program");
        long cp = System.nanoTime();
        int written = 0;
        for (int n; (n = checkpoints.catchUp(CHECKPOINT_EVERY)) > 0; ) { // what the checkpoint job does every 15 s in service
            written += n;
        }
        System.out.printf(Locale.ROOT, "Checkpoints: %d written in %.1f s%n", written, (System.nanoTime() - cp) / 1e9);
        System.out.printf(Locale.ROOT, "%nLoaded patients %d..%d in %.1f s%n", from, to, (System.nanoTime() - started) / 1e9);
    }

    private void loadSlice(List<Clinic> clinics, int from, int to) throws Exception {
        String clinicIds = clinics.stream().map(c -> Long.toString(c.id())).reduce((a, b) -> a + "," + b).orElseThrow();
        String therapistIds = clinics.stream().map(c -> Long.toString(c.therapistId())).reduce((a, b) -> a + "," + b).orElseThrow();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("set local synchronous_commit = off");
            st.executeUpdate("""
                    insert into patient (clinic_id, therapist_id, first_name, last_name, date_of_birth, condition, status,
                                         last_activity_at, created_by, updated_by)
                    select (array[%s])[1 + g %% 10], (array[%s])[1 + g %% 10], 'Scale', 'Patient ' || g,
                           date '1950-01-01' + (g %% 20000), 'Long history', case when g %% 5 = 0 then 'DISCHARGED' else 'ACTIVE' end,
                           now() - (g %% 2000) * interval '1 hour', 'bench', 'bench'
                    from generate_series(%d, %d) g""".formatted(clinicIds, therapistIds, from, to - 1));
            st.executeUpdate("""
                    insert into program (patient_id, clinic_id, title, status, published_version, created_by, updated_by)
                    select p.id, p.clinic_id, 'Scale program', 'ACTIVE', 1, 'bench', 'bench' from patient p
                    where p.first_name = 'Scale' and not exists (select 1 from program x where x.patient_id = p.id)""");
            c.commit();
            st.executeUpdate("""
                    insert into progress_session (client_id, content_hash, patient_id, clinic_id, program_id, program_version,
                        session_date, pain_before, pain_after, symptoms, exercises, exercises_done, exercises_total, logged_at, logged_by)
                    select gen_random_uuid(), 'scale', pr.patient_id, pr.clinic_id, pr.id, 1, current_date - s, s %% 7, s %% 5,
                           '{}', '[]', 3, 4, now() - s * interval '1 day', 'bench'
                    from program pr cross join generate_series(1, %d) s
                    where pr.title = 'Scale program' and not exists (select 1 from progress_session x where x.program_id = pr.id)"""
                    .formatted(SESSIONS));
            c.commit();
            st.executeUpdate("""
                    insert into alert (clinic_id, patient_id, program_id, rule, severity, status, detail, raised_at, last_raised_at,
                                       resolved_at, resolved_by)
                    select pr.clinic_id, pr.patient_id, pr.id, 'PAIN_THRESHOLD', (array['LOW','MEDIUM','HIGH'])[1 + (pr.id + k) % 3],
                           case when k < 2 then 'RESOLVED' else 'OPEN' end, 'Pain 8/10 after the session',
                           now() - (k * 30 + pr.id % 30) * interval '1 day', now() - (k * 30 + pr.id % 30) * interval '1 day',
                           case when k < 2 then now() end, case when k < 2 then 'bench' end
                    from program pr cross join generate_series(0, 2) k
                    where pr.title = 'Scale program' and (k < 2 or pr.id % 2 = 0)
                      and not exists (select 1 from alert x where x.program_id = pr.id)""");
            c.commit();
            auditEvents(c, clinics);
            c.commit();
        }
    }

    /** 100 events per new patient, chained from the trail's head, written with COPY while holding the head. */
    private static void auditEvents(Connection c, List<Clinic> clinics) throws Exception {
        Map<Long, String> keys = new HashMap<>();
        clinics.forEach(k -> keys.put(k.id(), k.key()));
        String prev;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select hash from audit_head where id = 1 for update")) {
            rs.next();
            prev = rs.getString(1);
        }
        List<long[]> patients = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select p.id, p.clinic_id from patient p where p.first_name = 'Scale'
                and not exists (select 1 from audit_event a where a.patient_id = p.id)""")) {
            while (rs.next()) {
                patients.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        // spread over the past year (each slice of patients again), so that the trail spans a year of monthly partitions
        Instant at = Instant.now().minus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        long step = Math.max(1, ChronoUnit.MICROS.between(at, Instant.now().minus(1, ChronoUnit.DAYS))
                / Math.max(1, (long) EVENTS * patients.size()));
        var copy = new PGCopyOutputStream(c.unwrap(PGConnection.class), """
                copy audit_event (at, subject, actor_name, actor_role, clinic_key, action, resource_type, resource_id, patient_id,
                    outcome, request, client_address, user_agent, prev_hash, hash) from stdin""");
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
            for (int e = 0; e < EVENTS; e++) {
                for (long[] p : patients) {
                    at = at.plus(step, ChronoUnit.MICROS);
                    String key = keys.get(p[1]);
                    String subject = key + "-t";
                    String request = "GET /api/patients/" + p[0];
                    var entry = new app.physiorx.audit.AuditEntry(at, subject, "Scale Therapist", "therapist", key, "patient.read",
                            "patient", Long.toString(p[0]), p[0], app.physiorx.audit.AuditEntry.Outcome.ALLOWED, request,
                            "10.0.0.1", "bench");
                    String hash = app.physiorx.audit.AuditChain.hash(prev, entry);
                    out.write(String.join("\t", at.toString(), subject, "Scale Therapist", "therapist", key, "patient.read", "patient",
                            Long.toString(p[0]), Long.toString(p[0]), "ALLOWED", request, "10.0.0.1", "bench", prev, hash));
                    out.write('\n');
                    prev = hash;
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("update audit_head set hash = ? where id = 1")) {
            st.setString(1, prev);
            st.executeUpdate();
        }
    }

    private Map<String, double[]> measure(Map<String, String> adminPage) throws SQLException {
        long patient;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select max(p.id) from patient p join user_profile u on u.id = p.therapist_id"
                     + " where u.username = 'therapist1'")) {
            rs.next();
            patient = rs.getLong(1);
        }
        String api = base.toString().replaceAll("/$", "");
        // the header is made for each request: a measurement outlasts an access token (5 minutes)
        Supplier<Map<String, String>> admin = () -> Map.of("Authorization", Tokens.bearer("clinicadmin1"));
        Supplier<Map<String, String>> therapist = () -> Map.of("Authorization", Tokens.bearer("therapist1"));
        Supplier<Map<String, String>> page = () -> Map.of("Cookie", PlainHttp.cookieHeader(adminPage));
        Map<String, Supplier<Integer>> requests = new LinkedHashMap<>();
        requests.put("GET /api/audit", () -> get(api + "/api/audit", admin));
        requests.put("GET /api/audit?patientId", () -> get(api + "/api/audit?patientId=" + patient, admin));
        requests.put("GET /api/audit/verify", () -> get(api + "/api/audit/verify", admin));
        requests.put("GET /api/alerts", () -> get(api + "/api/alerts", admin));
        requests.put("GET /api/alerts?status=OPEN", () -> get(api + "/api/alerts?status=OPEN", admin));
        requests.put("GET /api/alerts (therapist)", () -> get(api + "/api/alerts", therapist));
        requests.put("GET /api/patients", () -> get(api + "/api/patients", admin));
        requests.put("GET /api/patients (therapist)", () -> get(api + "/api/patients", therapist));
        requests.put("GET /api/patients/{id}/sessions", () -> get(api + "/api/patients/" + patient + "/sessions", therapist));
        requests.put("GET /portal", () -> get(api + "/portal", page));
        requests.put("GET /portal/audit", () -> get(api + "/portal/audit", page));
        requests.put("GET /portal/alerts", () -> get(api + "/portal/alerts", page));
        requests.put("GET /portal/patients", () -> get(api + "/portal/patients", page));
        Map<String, double[]> results = new LinkedHashMap<>();
        requests.forEach((what, request) -> {
            int status = request.get();
            if (status != 200) {
                throw new IllegalStateException(what + " answered " + status);
            }
            for (int i = 0; i < WARMUP; i++) {
                request.get();
            }
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                request.get();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            results.put(what, ms);
        });
        String verified = PlainHttp.ok(api + "/api/audit/verify", admin.get()).body();
        System.out.printf(Locale.ROOT, "%nThe last quick check (the checkpoint job writes one per %d events every 15 s): %s%n",
                CHECKPOINT_EVERY, verified);
        long t = System.nanoTime();
        String csv = api("clinicadmin1").get("/api/audit/export.csv").then().statusCode(200).extract().asString();
        System.out.printf(Locale.ROOT, "%nGET /api/audit/export.csv: %d rows in %.0f ms (every row, streamed)%n",
                csv.lines().count() - 1, (System.nanoTime() - t) / 1e6);
        return results;
    }

    private static io.restassured.specification.RequestSpecification api(String user) {
        return given().header("Authorization", Tokens.bearer(user));
    }

    /** The status of a GET with the JDK's client (REST Assured's own work would count as the server's). */
    private static int get(String url, Supplier<Map<String, String>> headers) {
        return PlainHttp.get(url, headers.get()).statusCode();
    }

    private static void print(String when, Map<String, double[]> results) {
        System.out.printf(Locale.ROOT, "%nOver HTTP %s (%d runs each):%n", when, RUNS);
        results.forEach((what, ms) -> System.out.printf(Locale.ROOT, "  %-44s p50 %7.2f ms  p95 %7.2f ms%n", what,
                percentile(ms, 50), percentile(ms, 95)));
    }

    /** The plans of the queries behind the slowest lists, as the app runs them for Riverside. */
    private void plans(Clinic riverside) throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("audit page (newest 50 of the clinic)", """
                select id from ((select a.id from audit_event a where a.clinic_key = '%1$s' order by a.id desc limit 51)
                union all (select a.id from audit_event a where a.outside_clinic_id = %2$d
                order by a.id desc limit 51)) u order by id desc limit 51""".formatted(riverside.key(), riverside.id()));
        queries.put("audit count (capped)", """
                select count(*) from ((select a.id from audit_event a where a.clinic_key = '%1$s' order by a.id desc limit 10001)
                union all (select a.id from audit_event a where a.outside_clinic_id = %2$d
                order by a.id desc limit 10001)) s""".formatted(riverside.key(), riverside.id()));
        queries.put("alert list (most urgent first)", """
                select a.id from alert a join patient p on p.id = a.patient_id where a.clinic_id = %d and p.clinic_id = %1$d
                order by a.urgency, a.last_raised_at desc, a.id desc limit 20""".formatted(riverside.id()));
        queries.put("caseload (newest activity first)", """
                select p.id from patient p where p.clinic_id = %d order by p.last_activity_at desc, p.id desc limit 20"""
                .formatted(riverside.id()));
        queries.put("sessions of one patient", """
                select s.id from progress_session s where s.patient_id = (select max(id) from patient where clinic_id = %d)
                order by s.session_date desc, s.id desc limit 50""".formatted(riverside.id()));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (var q : queries.entrySet()) {
                System.out.printf(Locale.ROOT, "%nPlan: %s%n", q.getKey());
                try (ResultSet rs = st.executeQuery("explain (analyze, buffers, costs off) " + q.getValue())) {
                    while (rs.next()) {
                        System.out.println("  " + rs.getString(1));
                    }
                }
            }
        }
    }

    private void sizes() throws SQLException {
        System.out.printf(Locale.ROOT, "%nTables (rows, total size with indexes; a partitioned table with all its partitions):%n");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select t.relname, sum(greatest(l.reltuples, 0))::bigint, pg_size_pretty(sum(pg_total_relation_size(l.oid))),
                       count(*) filter (where t.relkind = 'p')
                from pg_class t
                join lateral (select t.oid, t.reltuples where t.relkind = 'r'
                              union all select x.oid, x.reltuples from pg_partition_tree(t.oid) p join pg_class x on x.oid = p.relid
                              where p.isleaf) l on true
                where t.relkind in ('r', 'p') and not t.relispartition and t.relnamespace = 'public'::regnamespace
                group by t.oid, t.relname order by sum(pg_total_relation_size(l.oid)) desc limit 10""")) {
            while (rs.next()) {
                System.out.printf(Locale.ROOT, "  %-24s %,12d  %s%s%n", rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getLong(4) > 0 ? "  (" + rs.getLong(4) + " partitions)" : "");
            }
        }
    }

    private Map<String, String> pageSession(String user) {
        Map<String, String> cookies = new HashMap<>();
        try (app.physiorx.support.Browser browser = new app.physiorx.support.Browser()) {
            com.microsoft.playwright.Page page = browser.newPage();
            String portal = base.toString().replaceAll("/$", "") + "/portal";
            page.navigate(portal);
            app.physiorx.support.Browser.keycloakLogin(page, user, user);
            page.waitForURL(portal);
            page.context().cookies(portal).forEach(c -> cookies.put(c.name, c.value));
        }
        return cookies;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
