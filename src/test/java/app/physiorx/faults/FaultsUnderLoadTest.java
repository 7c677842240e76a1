package app.physiorx.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.Api;
import app.physiorx.support.KeycloakAdmin;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.SessionLoad;
import app.physiorx.support.StoppablePostgres;
import app.physiorx.support.TcpRelay;
import app.physiorx.support.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The faults a clinic's server meets, while patients keep logging: PostgreSQL stops and starts again,
 * and Keycloak cannot be reached. The app runs on a database of its own ({@link StoppablePostgres}) and
 * reaches Keycloak (discovery, keys, the admin API and the tokens its admin client asks for) through a
 * relay the test can cut ({@link TcpRelay}); the patients' phones retry an unacknowledged session with
 * the same client id. What is checked is read from the database as its owner, never from the app.
 */
@QuarkusTest
@TestProfile(FaultsUnderLoadTest.OwnDatabaseAndKeycloakThroughARelay.class)
class FaultsUnderLoadTest {
    static final TcpRelay RELAY = TcpRelay.toKeycloak(TcpRelay.Mode.PASS);
    private static final Set<Integer> ACKNOWLEDGED = Set.of(200, 201);

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    public static class OwnDatabaseAndKeycloakThroughARelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String keycloak = "http://127.0.0.1:" + RELAY.port();
            String realm = keycloak + "/realms/physiorx";
            return Map.of("quarkus.keycloak.admin-client.server-url", keycloak,
                    "quarkus.oidc.auth-server-url", realm,
                    "quarkus.oidc.web.auth-server-url", realm,
                    // the listener waits before it reconnects: writes resume before it listens again
                    "physiorx.alerts.listener-retry", "2s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppablePostgres.class));
        }
    }

    @AfterEach
    void mendTheRelay() {
        RELAY.set(TcpRelay.Mode.PASS, null);
    }

    @Test
    void whilePostgresStopsAndStartsUnderLoadNoAcknowledgedSessionIsLostOrDoubledAndEveryAlertReachesItsTherapist()
            throws Exception {
        awaitReadiness("UP", 200);
        Map<String, List<LoggingPatient>> caseloads = Map.of("therapist1", patients("therapist1", 3),
                "therapist3", patients("therapist3", 3));
        List<LoggingPatient> all = caseloads.values().stream().flatMap(List::stream).toList();
        try (AlertStreamClient first = AlertStreamClient.open(base.toString(), "therapist1");
             AlertStreamClient second = AlertStreamClient.open(base.toString(), "therapist3");
             SessionLoad load = SessionLoad.start(base.toString(), all, 4)) {
            awaitEveryPatientAlertedAgain(all, load); // each patient's first alert, heard live
            // Alerts are resolved only while the listener listens (readiness UP): an alert resolved while it was away
            // is no longer open, so nothing has to bring it to the pages. Here: resolved, and at once the database
            // stops, so the patients' next pain 9 is stored during the outage's retries or just before it.
            int beforeStop = resolveOpenAlerts(caseloads);
            StoppablePostgres.stopDatabase();
            int refusedBefore = load.refusedCount();
            awaitReadiness("DOWN", 503);
            given().get("/q/health/live").then().statusCode(200);
            awaitMore(load::refusedCount, refusedBefore, 1, load); // the phones met the outage
            StoppablePostgres.startDatabase();
            java.time.Instant started = java.time.Instant.now();
            awaitReadiness("UP", 200);
            java.time.Instant ready = java.time.Instant.now();
            awaitEveryPatientAlertedAgain(all, load);
            int onceReady = resolveOpenAlerts(caseloads); // and new ones once it listens again
            awaitEveryPatientAlertedAgain(all, load);
            awaitMore(load::acknowledgedCount, load.acknowledgedCount(), 20, load); // and logging goes on
            System.out.println("FaultsUnderLoadTest: resolved " + beforeStop + " alert(s) just before the stop, " + onceReady
                    + " once ready; alerts raised after the restart before readiness was UP: "
                    + alertsRaisedBetween(all, started, ready));

            assertTrue(load.stop(Duration.ofSeconds(30)), "every last session was acknowledged in the end: " + load.summary());
            System.out.println("FaultsUnderLoadTest, PostgreSQL stopped: " + load.summary());
            assertSessionsStoredOnceEach(load, all);
            Set<Integer> seen = load.statuses().keySet();
            assertTrue(Set.of(200, 201, 502, 503, SessionLoad.NO_ANSWER).containsAll(seen),
                    "no 500 or other answer during the outage: " + load.statuses());
            assertTrue(seen.contains(201), load.summary());

            Map<String, AlertStreamClient> streams = Map.of("therapist1", first, "therapist3", second);
            assertEveryAlertReachedItsTherapistOnly(caseloads, streams);
        }
    }

    @Test
    void whileKeycloakIsCutPatientsKeepLoggingAndStaffCreationFailsCleanlyThenEachRetryMakesOnePatientAndOneAccount()
            throws Exception {
        awaitReadiness("UP", 200);
        List<LoggingPatient> all = new ArrayList<>(patients("therapist1", 2));
        all.addAll(patients("therapist3", 2));
        String staff = Tokens.accessToken("therapist1"); // issued before the cut, checked by the app on its own
        List<String> lastNames = List.of(Api.unique("Cut").replace(' ', '-'), Api.unique("Cut").replace(' ', '-'),
                Api.unique("Cut").replace(' ', '-'));
        try (SessionLoad load = SessionLoad.start(base.toString(), all, 0)) {
            awaitMore(load::acknowledgedCount, 0, 10);

            RELAY.set(TcpRelay.Mode.DOWN, null);
            awaitMore(load::acknowledgedCount, load.acknowledgedCount(), 20, load); // bearer tokens need no Keycloak
            for (String lastName : lastNames) {
                int status = create(staff, lastName).then().contentType(containsString("application/problem+json"))
                        .body("detail", containsString("sign-in service")).extract().statusCode();
                assertTrue(status == 502 || status == 503, "creation while Keycloak is away answered " + status);
                assertEquals(0, patientsNamed(lastName), "no record kept for " + lastName);
            }
            awaitMore(load::acknowledgedCount, load.acknowledgedCount(), 10);

            RELAY.set(TcpRelay.Mode.PASS, null);
            List<Integer> retried = new ArrayList<>();
            for (String lastName : lastNames) {
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
                    int status = create(staff, lastName).statusCode();
                    retried.add(status);
                    return status == 201;
                });
            }
            assertTrue(load.stop(Duration.ofSeconds(30)), load.summary());
            System.out.println("FaultsUnderLoadTest, Keycloak cut: " + load.summary() + "; creations after mending " + retried);
            assertEquals(Set.of(201), load.statuses().keySet(), "every session was taken at once: " + load.summary());
            assertSessionsStoredOnceEach(load, all);
            for (String lastName : lastNames) {
                assertEquals(1, patientsNamed(lastName), lastName);
                assertEquals(1, KeycloakAdmin.usersWithLastName(lastName).size(), "one account for " + lastName);
            }
        }
    }

    private static List<LoggingPatient> patients(String therapist, int count) {
        List<LoggingPatient> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(LoggingPatient.of(therapist));
        }
        return out;
    }

    private static void awaitReadiness(String status, int httpStatus) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(httpStatus).body("status", equalTo(status)));
    }

    /** Waits (boundedly) until the counter has grown by at least this much from where it was. */
    private static void awaitMore(IntSupplier counter, int from, int more) {
        awaitMore(counter, from, more, null);
    }

    private static void awaitMore(IntSupplier counter, int from, int more, SessionLoad load) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> counter.getAsInt() >= from + more);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no growth by " + more + " from " + from + " to " + counter.getAsInt()
                    + (load == null ? "" : " (" + load.summary() + ")"), e);
        }
    }

    /** Every acknowledged client id stored exactly once, nothing stored that was not sent. */
    private static void assertSessionsStoredOnceEach(SessionLoad load, List<LoggingPatient> patients) throws Exception {
        for (LoggingPatient p : patients) {
            List<String> stored = column("select client_id::text from progress_session where patient_id = ?", p.id());
            Set<String> distinct = new HashSet<>(stored);
            assertEquals(stored.size(), distinct.size(), "no client id stored twice for patient " + p.id());
            assertTrue(distinct.containsAll(load.acknowledged(p.id())), "every acknowledged session is stored");
            assertTrue(load.sent(p.id()).containsAll(distinct), "nothing stored that was never sent");
        }
    }

    private void assertEveryAlertReachedItsTherapistOnly(Map<String, List<LoggingPatient>> caseloads,
                                                         Map<String, AlertStreamClient> streams) throws Exception {
        Map<String, Set<Long>> expected = new HashMap<>();
        int alerts = 0;
        for (var caseload : caseloads.entrySet()) {
            Set<Long> ids = new HashSet<>();
            for (LoggingPatient p : caseload.getValue()) {
                column("select id::text from alert where patient_id = ?", p.id()).forEach(id -> ids.add(Long.valueOf(id)));
            }
            assertFalse(ids.isEmpty(), "pain 9 raised alerts for " + caseload.getKey());
            expected.put(caseload.getKey(), ids);
            alerts += ids.size();
        }
        Map<String, Set<Long>> heard = new HashMap<>();
        Map<String, Integer> events = new HashMap<>();
        for (var stream : streams.entrySet()) {
            Set<Long> got = new HashSet<>();
            heard.put(stream.getKey(), got);
            try {
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
                    drain(stream.getKey(), stream.getValue(), got, events);
                    return got.containsAll(expected.get(stream.getKey()));
                });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                Set<Long> missing = new HashSet<>(expected.get(stream.getKey()));
                missing.removeAll(got);
                List<String> why = new ArrayList<>();
                for (long id : missing) {
                    why.addAll(column("select 'alert ' || id || ' patient ' || patient_id || ' ' || status || ' raised '"
                            + " || raised_at || ' last ' || last_raised_at || ' resolved ' || coalesce(resolved_at::text, '-')"
                            + " from alert where id = ?", id));
                    why.addAll(column("select 'audit ' || action || ' at ' || at || ' by ' || subject from audit_event"
                            + " where resource_type = 'alert' and resource_id = ?::text", id));
                }
                throw new AssertionError("the stream of " + stream.getKey() + " missed alerts " + missing + ": " + why
                        + "; heard " + got + ", stream ended " + stream.getValue().hasEnded(), e);
            }
        }
        System.out.println("FaultsUnderLoadTest: alerts in the database " + expected + " (" + alerts + "), events heard "
                + events + ", alert ids heard " + heard);
    }

    /** Takes what the stream heard so far; each event must be of a patient of the stream's own therapist. */
    private static void drain(String therapist, AlertStreamClient stream, Set<Long> got, Map<String, Integer> events)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (AlertStreamClient.Received r; (r = stream.next(0, TimeUnit.MILLISECONDS)) != null; ) {
            Map<?, ?> data = json.readValue(r.data(), Map.class);
            long patientId = ((Number) data.get("patientId")).longValue();
            List<String> owner = column("select u.username from patient p join user_profile u on u.id = p.therapist_id"
                    + " where p.id = ?", patientId);
            assertEquals(List.of(therapist), owner, "the stream of " + therapist + " heard only its own patients: " + r.data());
            got.add(((Number) data.get("alertId")).longValue());
            events.merge(therapist, 1, Integer::sum);
        }
    }

    /** Resolves the open alerts of the caseloads as their therapists (the database may just be back): how many. */
    private static int resolveOpenAlerts(Map<String, List<LoggingPatient>> caseloads) {
        int[] resolved = {0};
        for (var caseload : caseloads.entrySet()) {
            for (LoggingPatient p : caseload.getValue()) {
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                        .until(() -> {
                            for (String id : column("select id::text from alert where status <> 'RESOLVED' and patient_id = ?",
                                    p.id())) {
                                Api.as(caseload.getKey()).body(Map.of("note", "Called the patient."))
                                        .post("/api/alerts/" + id + "/resolve").then().statusCode(200);
                                resolved[0]++;
                            }
                            return true;
                        });
            }
        }
        return resolved[0];
    }

    /** How many alerts of these patients were first raised in this time (the listener's gap, for the log). */
    private static int alertsRaisedBetween(List<LoggingPatient> patients, java.time.Instant from, java.time.Instant to)
            throws Exception {
        int n = 0;
        for (LoggingPatient p : patients) {
            n += column("select id::text from alert where patient_id = ? and raised_at between '" + from + "'::timestamptz and '"
                    + to + "'::timestamptz", p.id()).size();
        }
        return n;
    }

    /** Waits (boundedly) until each patient has an unresolved alert again: a new one, raised since theirs was resolved. */
    private static void awaitEveryPatientAlertedAgain(List<LoggingPatient> patients, SessionLoad load) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
                for (LoggingPatient p : patients) {
                    if (column("select id::text from alert where status <> 'RESOLVED' and patient_id = ?", p.id()).isEmpty()) {
                        return false;
                    }
                }
                return true;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("not every patient raised a new alert (" + load.summary() + ")", e);
        }
    }

    private static List<String> column(String sql, long parameter) throws Exception {
        try (Connection c = StoppablePostgres.asOwner(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, parameter);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static io.restassured.response.Response create(String token, String lastName) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("firstName", "Rita", "lastName", lastName, "dateOfBirth", "1970-03-04",
                        "condition", "Upper back pain after desk work"))
                .post("/api/patients");
    }

    /** Patient records with this last name, read from the database as its owner. */
    private static int patientsNamed(String lastName) throws Exception {
        try (Connection c = StoppablePostgres.asOwner();
             PreparedStatement st = c.prepareStatement("select count(*) from patient where last_name = ?")) {
            st.setString(1, lastName);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
