package app.physiorx.security;

import static app.physiorx.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Insecure-direct-object-reference probes from another clinic (Hillcrest: therapist2, clinicadmin2 and
 * a Hillcrest patient) against Riverside's records: ids in paths (the victim's, its neighbours,
 * random and malformed ones), in query parameters and inside request bodies. A record of another
 * clinic must answer exactly like one that does not exist, and nothing may change.
 */
@QuarkusTest
class IdorProbeTest {
    private static final List<String> ATTACKERS = List.of("therapist2", "clinicadmin2");

    @Inject
    DataSource db;

    private LoggingPatient victim;
    private long alertId;
    private long sessionId;
    private long exerciseId;
    private long templateId;
    private LoggingPatient attackerPatient;

    @BeforeEach
    void riversideRecordsAndAHillcrestPatient() {
        victim = LoggingPatient.of("therapist1");
        sessionId = victim.log(victim.session(9, 9)).getLong("session.id");
        alertId = as("therapist1").get("/api/alerts?patientId=" + victim.id()).then().statusCode(200).extract().jsonPath()
                .getLong("alerts[0].id");
        exerciseId = as("therapist1").body(app.physiorx.exercise.ExerciseJsonAccess.exercise(Api.unique("Riverside stretch")))
                .post("/api/exercises").then().statusCode(201).extract().jsonPath().getLong("id");
        templateId = as("therapist1").body(Map.of("name", Api.unique("Riverside plan"),
                        "items", List.of(Map.of("exerciseId", exerciseId))))
                .post("/api/templates").then().statusCode(201).extract().jsonPath().getLong("id");
        attackerPatient = LoggingPatient.of("therapist2");
    }

    /** Ids of one table's rows that belong to Riverside (the victim's clinic) near the given id. */
    private Set<Long> riversideIdsNear(String sql, long around) throws Exception {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, around - 500);
            s.setLong(2, around + 500);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }

    /** A foreign record's answer, compared with a missing record's answer: the same status, title and detail. */
    private static void answersLikeMissing(Response foreign, Response missing, String what) {
        assertEquals(404, foreign.statusCode(), what + " answered " + foreign.statusCode() + ": " + foreign.asString());
        assertEquals(missing.statusCode(), foreign.statusCode(), what);
        assertTrue(foreign.contentType().startsWith("application/problem+json"), what + ": " + foreign.contentType());
        assertEquals(missing.jsonPath().getString("title"), foreign.jsonPath().getString("title"), what);
        assertEquals(missing.jsonPath().getString("detail"), foreign.jsonPath().getString("detail"), what);
    }

    @Test
    void sequentialIdsOfAnotherClinicsRecordsAnswerLikeMissingOnes() throws Exception {
        Map<String, String> sqlByPath = Map.of(
                "/api/patients/%d", "select p.id from patient p join clinic c on c.id = p.clinic_id where c.external_key = 'riverside' and p.id between ? and ?",
                "/api/patients/%d/programs", "select p.id from patient p join clinic c on c.id = p.clinic_id where c.external_key = 'riverside' and p.id between ? and ?",
                "/api/patients/%d/sessions", "select p.id from patient p join clinic c on c.id = p.clinic_id where c.external_key = 'riverside' and p.id between ? and ?",
                "/api/programs/%d", "select g.id from program g join clinic c on c.id = g.clinic_id where c.external_key = 'riverside' and g.id between ? and ?",
                "/api/programs/%d/versions/1", "select g.id from program g join clinic c on c.id = g.clinic_id where c.external_key = 'riverside' and g.id between ? and ?",
                "/api/programs/%d/versions/1/handout.pdf", "select g.id from program g join clinic c on c.id = g.clinic_id where c.external_key = 'riverside' and g.id between ? and ?",
                "/api/alerts/%d", "select a.id from alert a join patient p on p.id = a.patient_id join clinic c on c.id = p.clinic_id where c.external_key = 'riverside' and a.id between ? and ?",
                "/api/exercises/%d", "select e.id from exercise e join clinic c on c.id = e.clinic_id where c.external_key = 'riverside' and e.id between ? and ?",
                "/api/templates/%d", "select t.id from protocol_template t join clinic c on c.id = t.clinic_id where c.external_key = 'riverside' and t.id between ? and ?");
        Map<String, Long> around = Map.of("/api/patients/%d", victim.id(), "/api/patients/%d/programs", victim.id(),
                "/api/patients/%d/sessions", victim.id(), "/api/programs/%d", victim.programId(),
                "/api/programs/%d/versions/1", victim.programId(), "/api/programs/%d/versions/1/handout.pdf", victim.programId(),
                "/api/alerts/%d", alertId, "/api/exercises/%d", exerciseId, "/api/templates/%d", templateId);
        int probes = 0;
        for (String attacker : ATTACKERS) {
            String token = Tokens.accessToken(attacker);
            for (var entry : sqlByPath.entrySet()) {
                Set<Long> foreign = riversideIdsNear(entry.getValue(), around.get(entry.getKey()));
                assertTrue(foreign.contains(around.get(entry.getKey())), entry.getKey() + " window holds the victim's record");
                Response missing = get(token, entry.getKey().formatted(Long.MAX_VALUE - 7));
                for (long id : foreign) {
                    answersLikeMissing(get(token, entry.getKey().formatted(id)), missing, attacker + " " + entry.getKey().formatted(id));
                    probes++;
                }
            }
        }
        // A Hillcrest patient walking Riverside's session ids.
        Response missing = attackerPatient.api().get("/api/me/sessions/" + (Long.MAX_VALUE - 7));
        for (long id : riversideIdsNear("select s.id from progress_session s join patient p on p.id = s.patient_id join clinic c"
                + " on c.id = p.clinic_id where c.external_key = 'riverside' and s.id between ? and ?", sessionId)) {
            answersLikeMissing(attackerPatient.api().get("/api/me/sessions/" + id), missing, "session " + id);
            probes++;
        }
        System.out.printf("IDOR: %d foreign ids probed in paths, each answered like a missing record%n", probes);
        assertTrue(probes >= ATTACKERS.size() * sqlByPath.size() + 1, "probed " + probes);
    }

    @Test
    void randomAndMalformedIdsNeverAnswerDataOrAServerError() {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>(List.of("0", "-1", String.valueOf(Long.MAX_VALUE), "9223372036854775808", "abc",
                "1e3", "1;select 1", "%27%20or%201=1--", "..%2F..%2Fetc%2Fpasswd", "%00", "1.5", "%F0%9F%92%A5"));
        for (int i = 0; i < 40; i++) {
            ids.add(String.valueOf(random.nextLong(1, Long.MAX_VALUE)));
        }
        String token = Tokens.accessToken("therapist2");
        for (String id : ids) {
            for (String path : List.of("/api/patients/" + id, "/api/programs/" + id, "/api/alerts/" + id, "/api/exercises/" + id,
                    "/api/templates/" + id, "/api/programs/" + id + "/versions/" + id, "/api/patients/" + id + "/sessions")) {
                Response answer = get(token, path);
                assertTrue(answer.statusCode() == 404 || answer.statusCode() == 400, path + " answered " + answer.statusCode());
                assertTrue(answer.contentType().startsWith("application/problem+json"), path + ": " + answer.contentType());
                assertFalse(answer.asString().contains("Exception"), path + ": " + answer.asString());
            }
        }
    }

    @Test
    void anotherClinicsIdsInQueryParametersFindNothing() {
        for (String attacker : ATTACKERS) {
            List<Object> alerts = as(attacker).get("/api/alerts?status=ALL&patientId=" + victim.id()).then().statusCode(200)
                    .extract().jsonPath().getList("alerts");
            assertTrue(alerts.isEmpty(), attacker + " sees " + alerts);
            as(attacker).queryParam("patientId", victim.id()).get("/api/handouts/bulk.zip").then().statusCode(404);
            as(attacker).queryParam("q", victim.username()).get("/api/patients").then().statusCode(200)
                    .body("items.size()", org.hamcrest.Matchers.equalTo(0));
        }
        List<Object> events = as("clinicadmin2").get("/api/audit?patientId=" + victim.id()).then().statusCode(200)
                .extract().jsonPath().getList("events");
        assertTrue(events.isEmpty(), "Hillcrest's admin sees Riverside's audit: " + events);
        as("clinicadmin2").get("/api/audit/export.csv?patientId=" + victim.id()).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(String.valueOf(victim.username()))));
    }

    @Test
    void anotherClinicsIdsInsideBodiesAreRefusedAndChangeNothing() {
        long program = attackerPatient.programId();
        Map<String, Object> before = as("therapist2").get("/api/programs/" + program).then().statusCode(200).extract()
                .jsonPath().getMap("");

        // A program item pointing to Riverside's own exercise.
        Map<String, Object> item = new HashMap<>(Map.of("exerciseId", exerciseId));
        as("therapist2").body(Map.of("title", "Probe", "items", List.of(item))).put("/api/programs/" + program)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("items.0.exerciseId"));
        // A template item pointing to it.
        as("therapist2").body(Map.of("name", Api.unique("Probe plan"), "items", List.of(item))).post("/api/templates")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("items.0.exerciseId"));
        // A new program from Riverside's template, or copied from Riverside's program.
        as("therapist2").body(Map.of("templateId", templateId)).post("/api/patients/" + attackerPatient.id() + "/programs")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 404)).contentType("application/problem+json");
        as("therapist2").body(Map.of("copyFromProgramId", victim.programId()))
                .post("/api/patients/" + attackerPatient.id() + "/programs")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 404)).contentType("application/problem+json");
        // A patient shared with a Riverside therapist.
        long riversideTherapist = as("clinicadmin1").get("/api/clinic/therapists").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Tessa Morgan' }.id");
        as("therapist2").body(Map.of("firstName", "Probe", "lastName", "Share", "sharedWith", List.of(riversideTherapist)))
                .post("/api/patients").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("sharedWith"));
        // A Hillcrest patient logging Riverside's exercise.
        Map<String, Object> session = attackerPatient.session(2, 2);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> done = (List<Map<String, Object>>) session.get("exercises");
        done.getFirst().put("exerciseId", exerciseId);
        attackerPatient.api().body(session).post("/api/me/sessions").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("exercises.0"));
        // Riverside's alert acknowledged or resolved from Hillcrest; Riverside's patient re-issued access.
        for (String attacker : ATTACKERS) {
            as(attacker).body(Map.of("note", "mine now")).post("/api/alerts/" + alertId + "/acknowledge").then().statusCode(404);
            as(attacker).body(Map.of()).post("/api/alerts/" + alertId + "/resolve").then().statusCode(404);
            as(attacker).body(Map.of()).post("/api/patients/" + victim.id() + "/access").then().statusCode(404);
            as(attacker).body(Map.of("title", "Taken", "items", List.of())).put("/api/programs/" + victim.programId())
                    .then().statusCode(404);
            as(attacker).post("/api/programs/" + victim.programId() + "/archive").then().statusCode(404);
        }

        Map<String, Object> after = as("therapist2").get("/api/programs/" + program).then().statusCode(200).extract()
                .jsonPath().getMap("");
        assertEquals(before, after, "the attacker's own program is unchanged by the refused update");
        as("therapist1").get("/api/alerts/" + alertId).then().statusCode(200).body("alert.status", org.hamcrest.Matchers.equalTo("OPEN"))
                .body("history.size()", org.hamcrest.Matchers.equalTo(1));
        as("therapist1").get("/api/programs/" + victim.programId()).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"))
                .body("title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.equalTo("Taken")));
        assertEquals(1, as("therapist1").get("/api/patients/" + victim.id() + "/sessions").then().statusCode(200)
                .extract().jsonPath().getList("sessions").size());
    }
}
