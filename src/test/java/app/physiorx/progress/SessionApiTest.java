package app.physiorx.progress;

import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.support.LoggingPatient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionApiTest {
    @Inject
    EntityManager em;

    private long storedSessions(long patientId) {
        return ((Number) em.createNativeQuery("select count(*) from progress_session where patient_id = :p")
                .setParameter("p", patientId).getSingleResult()).longValue();
    }

    @Test
    void patientLogsASessionAndSeesActualBesideTargetInTheirHistory() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Map<String, Object> body = patient.session(3, 2);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) body.get("exercises")).getFirst();
        first.put("repsDone", 4);
        JsonPath logged = patient.api().body(body).post("/api/me/sessions").then().statusCode(201)
                .header("Location", containsString("/api/me/sessions/"))
                .body("session.painBefore", is(3)).body("session.painAfter", is(2))
                .body("session.exercisesDone", is(2)).body("session.exercisesTotal", is(patient.items().size()))
                .body("flags", hasSize(0)).extract().jsonPath();
        assertEquals(4, logged.getInt("session.exercises[0].repsDone"));
        assertEquals(((Number) patient.items().getFirst().get("reps")).intValue(), logged.getInt("session.exercises[0].target.reps"));
        assertEquals(false, logged.getBoolean("session.exercises[2].done"));

        patient.api().get("/api/me/sessions").then().statusCode(200).body("total", is(1))
                .body("sessions[0].id", is(logged.getInt("session.id")));
        patient.api().get("/api/me/sessions/" + logged.getLong("session.id")).then().statusCode(200)
                .body("session.comment", equalTo("Felt fine."));
    }

    @Test
    void sendingTheSameSubmissionAgainAnswersTheFirstResultAndStoresNothingTwice() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Map<String, Object> body = patient.session(2, 2);
        long id = patient.log(body).getLong("session.id");
        patient.api().body(body).post("/api/me/sessions").then().statusCode(200).body("session.id", is((int) id));
        assertEquals(1, storedSessions(patient.id()));
    }

    @Test
    void aClientIdReusedForDifferentContentIsAConflictNamingTheField() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Map<String, Object> body = patient.session(2, 2);
        patient.log(body);
        body.put("painAfter", 5);
        patient.api().body(body).post("/api/me/sessions").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("clientId"));
        assertEquals(1, storedSessions(patient.id()));
    }

    private static void rejects(LoggingPatient patient, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = patient.session(2, 2);
        change.accept(body);
        patient.api().body(body).post("/api/me/sessions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> exercise(Map<String, Object> body, int i) {
        return ((List<Map<String, Object>>) body.get("exercises")).get(i);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        rejects(patient, b -> b.put("painBefore", 11), "painBefore");
        rejects(patient, b -> b.put("painAfter", -1), "painAfter");
        rejects(patient, b -> b.remove("painAfter"), "painAfter");
        rejects(patient, b -> exercise(b, 0).put("pain", 12), "exercises.0.pain");
        rejects(patient, b -> exercise(b, 1).put("repsDone", -1), "exercises.1.repsDone");
        int target = ((Number) patient.items().getFirst().get("reps")).intValue();
        rejects(patient, b -> exercise(b, 0).put("repsDone", SessionService.upperBound(target) + 1), "exercises.0.repsDone");
        rejects(patient, b -> b.put("date", LocalDate.now().plusDays(2).toString()), "date");
        rejects(patient, b -> b.put("date", LocalDate.now().minusDays(15).toString()), "date");
        rejects(patient, b -> exercise(b, 0).put("exerciseId", 999_999_999L), "exercises.0.exerciseId");
        rejects(patient, b -> b.put("comment", "x".repeat(2001)), "comment");
        rejects(patient, b -> b.put("clientId", "not-a-uuid"), "clientId");
        rejects(patient, b -> b.put("symptoms", List.of("HICCUPS")), "symptoms.0");
        assertEquals(0, storedSessions(patient.id()));

        Map<String, Object> backdated = patient.session(2, 2);
        backdated.put("date", LocalDate.now().minusDays(14).toString());
        patient.log(backdated);
    }

    @Test
    void aPatientCannotReadAnotherPatientsSessions() {
        LoggingPatient mine = LoggingPatient.of("therapist1");
        LoggingPatient other = LoggingPatient.of("therapist1");
        long theirs = other.log(other.session(1, 1)).getLong("session.id");
        mine.api().get("/api/me/sessions/" + theirs).then().statusCode(404);
        other.api().get("/api/me/sessions/" + theirs).then().statusCode(200);
        anonymous().get("/api/me/sessions/" + theirs).then().statusCode(401);
        as("therapist1").get("/api/me/sessions/" + theirs).then().statusCode(403);
        mine.api().get("/api/me/sessions").then().statusCode(200).body("total", is(0));
    }

    @Test
    void onlyPatientsLogAndAnonymousCallersAreRefused() {
        anonymous().get("/api/me/sessions").then().statusCode(401);
        anonymous().body(Map.of()).post("/api/me/sessions").then().statusCode(401);
        as("therapist1").get("/api/me/sessions").then().statusCode(403);
    }

    @Test
    void theCareTeamReadsAPatientsSessionsAndNobodyElse() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(2, 3));
        as("therapist1").get("/api/patients/" + patient.id() + "/sessions").then().statusCode(200).body("total", is(1));
        as("clinicadmin1").get("/api/patients/" + patient.id() + "/sessions").then().statusCode(200).body("total", is(1));
        as("therapist3").get("/api/patients/" + patient.id() + "/sessions").then().statusCode(404);
        as("therapist2").get("/api/patients/" + patient.id() + "/sessions").then().statusCode(404);
        as("clinicadmin2").get("/api/patients/" + patient.id() + "/sessions").then().statusCode(404);
        anonymous().get("/api/patients/" + patient.id() + "/sessions").then().statusCode(401);
    }

    @Test
    void anArchivedProgramOrADischargedPatientCannotLogAndTheAnswerSaysWhy() {
        LoggingPatient archived = LoggingPatient.of("therapist1");
        as("therapist1").post("/api/programs/" + archived.programId() + "/archive").then().statusCode(200);
        archived.api().body(archived.session(2, 2)).post("/api/me/sessions").then().statusCode(409)
                .body("detail", containsString("archived"));

        LoggingPatient discharged = LoggingPatient.of("therapist1");
        JsonPath record = as("therapist1").get("/api/patients/" + discharged.id()).then().statusCode(200).extract().jsonPath();
        Map<String, Object> update = new HashMap<>();
        update.put("firstName", record.getString("firstName"));
        update.put("lastName", record.getString("lastName"));
        update.put("status", "DISCHARGED");
        update.put("version", record.getInt("version"));
        as("therapist1").body(update).put("/api/patients/" + discharged.id()).then().statusCode(200);
        discharged.api().body(discharged.session(2, 2)).post("/api/me/sessions").then().statusCode(409)
                .body("detail", containsString("care at the clinic has ended"));
    }

    @Test
    void twoHundredConcurrentSessionsAreAllStoredAndTwentyCopiesOfOneAreStoredOnce() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Callable<Integer>> distinct = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Map<String, Object> body = patient.session(i % 5, i % 4);
                distinct.add(() -> patient.api().body(body).post("/api/me/sessions").then().extract().statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(distinct)) {
                assertEquals(201, f.get());
            }
            assertEquals(200, storedSessions(patient.id()));

            Map<String, Object> same = patient.session(1, 1);
            List<Callable<Integer>> copies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                copies.add(() -> patient.api().body(same).post("/api/me/sessions").then().extract().statusCode());
            }
            int created = 0;
            for (Future<Integer> f : pool.invokeAll(copies)) {
                int status = f.get();
                created += status == 201 ? 1 : 0;
                assertEquals(true, status == 201 || status == 200, "status " + status);
            }
            assertEquals(1, created);
            assertEquals(201, storedSessions(patient.id()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStoredSessionCannotBeChangedOrRemoved() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        long id = patient.log(patient.session(2, 2)).getLong("session.id");
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update progress_session set pain_after = 0 where id = " + id).executeUpdate()));
    }
}
