package app.physiorx.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.support.Api;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.OwnerDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Outcome measures over the API: instruments, measures on a program, answering, scores, the verdict and bad input. */
@QuarkusTest
class OutcomeMeasuresApiTest {

    static long instrument(String code) {
        return Api.as("therapist1").get("/api/instruments").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
    }

    static long addMeasure(LoggingPatient p, String code, Map<String, Object> schedule) {
        Map<String, Object> body = new java.util.HashMap<>(schedule);
        body.put("programId", p.programId());
        body.put("instrumentId", instrument(code));
        return Api.as("therapist1").body(body).post("/api/patients/" + p.id() + "/measures").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static JsonPath answer(LoggingPatient p, long measure, Map<String, ?> answers, Map<String, String> activities, int status) {
        return given().auth().oauth2(p.token()).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "answers", answers, "activities", activities))
                .post("/api/me/measures/" + measure + "/responses").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void theBuiltInsAreListedWithTheirScoringAndCredit() {
        JsonPath list = Api.as("therapist1").get("/api/instruments").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("groc", "nprs", "psfs"), list.<String>getList("findAll { it.builtIn }.code").stream().sorted().toList());
        assertEquals("LOWER", list.getString("find { it.code == 'nprs' }.scoring.better"));
        assertEquals("MEAN", list.getString("find { it.code == 'psfs' }.scoring.method"));
        org.hamcrest.MatcherAssert.assertThat(list.getString("find { it.code == 'psfs' }.credit"), containsString("Stratford"));
    }

    @Test
    void thePatientAnswersADueNprsAndSeesTheScoreAndThatNothingMoreIsDue() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        long measure = addMeasure(p, "nprs", Map.of("atStart", true, "everyWeeks", 4));
        given().auth().oauth2(p.token()).get("/api/me/measures").then().statusCode(200)
                .body("find { it.id == " + measure + " }.nextDue", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
        String clientId = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("clientId", clientId, "answers", Map.of("pain", 6));
        given().auth().oauth2(p.token()).contentType("application/json").body(body)
                .post("/api/me/measures/" + measure + "/responses").then().statusCode(201)
                .body("response.score", equalTo(6)).body("measure.nextDue", nullValue())
                .body("progressInWords", containsString("first"));
        // the same client id again: the same response, nothing stored twice
        given().auth().oauth2(p.token()).contentType("application/json").body(body)
                .post("/api/me/measures/" + measure + "/responses").then().statusCode(200).body("measure.responses", hasSize(1));
        // the same client id with other answers is a conflict
        given().auth().oauth2(p.token()).contentType("application/json").body(Map.of("clientId", clientId, "answers", Map.of("pain", 2)))
                .post("/api/me/measures/" + measure + "/responses").then().statusCode(409);
        // a new answer while nothing is due is refused with the next due date
        answer(p, measure, Map.of("pain", 3), Map.of(), 409);
        Api.as("therapist1").get("/api/patients/" + p.id() + "/measures").then().statusCode(200)
                .body("[0].responses[0].score", equalTo(6)).body("[0].latest", equalTo(6));
    }

    @Test
    void badAnswersAreRefusedNamingTheItemAndStoreNothing() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        long nprs = addMeasure(p, "nprs", Map.of("atStart", true));
        long psfs = addMeasure(p, "psfs", Map.of("atStart", true));
        given().auth().oauth2(p.token()).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "answers", Map.of("pain", 11)))
                .post("/api/me/measures/" + nprs + "/responses").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("answers.pain"));
        given().auth().oauth2(p.token()).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "answers", Map.of("elbow", 3)))
                .post("/api/me/measures/" + nprs + "/responses").then().statusCode(400).body("errors.field", hasItem("answers.elbow"));
        // PSFS: a rated activity needs its name, and at least three activities
        answer(p, psfs, Map.of("activity1", 4), Map.of(), 400);
        JsonPath tooFew = answer(p, psfs, Map.of("activity1", 4, "activity2", 5), Map.of("activity1", "Carrying shopping",
                "activity2", "Reaching a high shelf"), 400);
        org.hamcrest.MatcherAssert.assertThat(tooFew.getList("errors.field"), hasItem(org.hamcrest.Matchers.startsWith("answers")));
        Api.as("therapist1").get("/api/patients/" + p.id() + "/measures").then().statusCode(200)
                .body("responses.flatten()", hasSize(0));
        // a measure that is not this patient's: 404
        LoggingPatient other = LoggingPatient.of("therapist1");
        answer(other, nprs, Map.of("pain", 3), Map.of(), 404);
    }

    @Test
    void psfsActivitiesNamedAtTheFirstAnswerAreScoredAsTheirMean() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        long psfs = addMeasure(p, "psfs", Map.of("atStart", true));
        JsonPath first = answer(p, psfs, Map.of("activity1", 3, "activity2", 4, "activity3", 8),
                Map.of("activity1", "Carrying shopping", "activity2", "Reaching a high shelf", "activity3", "Driving"), 201);
        assertEquals(5.0f, first.getFloat("response.score"));
        assertEquals("Driving", first.getString("measure.activities.activity3"));
    }

    @Test
    void aScoreWorseByMoreThanTheMcidAddsAReasonToThePatientsAlert() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        OwnerDatabase.run("update program set start_date = date '" + today.minusWeeks(1) + "' where id = " + p.programId());
        long measure = addMeasure(p, "psfs", Map.of("atStart", true, "everyWeeks", 1));
        // the first answer, a week ago (stored as the app would have stored it then)
        long assignmentClinic = Long.parseLong(OwnerDatabase.text("select clinic_id from outcome_assignment where id = " + measure));
        long instrumentId = Long.parseLong(OwnerDatabase.text("select instrument_id from outcome_assignment where id = " + measure));
        OwnerDatabase.run("insert into outcome_response (clinic_id, patient_id, assignment_id, instrument_id, client_id, content_hash,"
                + " due_on, answered_on, answers, activities, score, answered_items, answered_by) values (" + assignmentClinic + ", "
                + p.id() + ", " + measure + ", " + instrumentId + ", '" + UUID.randomUUID() + "', repeat('0', 64), date '"
                + today.minusWeeks(1) + "', date '" + today.minusWeeks(1) + "', '{\"activity1\":7,\"activity2\":7,\"activity3\":7}',"
                + " '{\"activity1\":\"Carrying shopping\",\"activity2\":\"Reaching a high shelf\",\"activity3\":\"Driving\"}', 7, 3, 'test')");
        JsonPath worse = answer(p, measure, Map.of("activity1", 4, "activity2", 5, "activity3", 5), Map.of(), 201);
        assertEquals("WORSE", worse.getString("measure.verdict"));
        org.hamcrest.MatcherAssert.assertThat(worse.getString("progressInWords"), containsString("from 7 to 4.7"));
        JsonPath alerts = Api.as("therapist1").get("/api/alerts?patientId=" + p.id()).then().statusCode(200).extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(alerts.getList("alerts[0].reasons.rule"), hasItem("OUTCOME_WORSE"));
    }

    @Test
    void aClinicAdminImportsAQuestionnaireAndItIsScoredLikeTheBuiltIns() {
        String example = InstrumentService.resource("outcome/example-import.json");
        String unique = example.replaceFirst("\"name\"\\s*:\\s*\"([a-z0-9-]+)\"", "\"name\": \"$1-" + System.nanoTime() + "\"");
        long id = Api.as("clinicadmin1").contentType("application/fhir+json").body(unique).post("/api/instruments").then()
                .statusCode(201).body("builtIn", equalTo(false)).extract().jsonPath().getLong("id");
        Api.as("clinicadmin1").contentType("application/fhir+json").body(unique).post("/api/instruments").then().statusCode(409);
        Api.as("therapist1").contentType("application/fhir+json").body(unique).post("/api/instruments").then().statusCode(403);
        Api.as("therapist2").get("/api/instruments/" + id).then().statusCode(404); // another clinic's import
        String unknownRule = unique.replace("\"percent\"", "\"median\"");
        Api.as("clinicadmin1").contentType("application/fhir+json").body(unknownRule.replaceFirst("\"version\"\\s*:\\s*\"1\"", "\"version\": \"2\""))
                .post("/api/instruments").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("scoring")));
    }

    @Test
    void anotherCliniciansOrClinicsPatientsMeasuresAnswer404AndAnonymous401() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        addMeasure(p, "nprs", Map.of("atStart", true));
        Api.as("therapist3").get("/api/patients/" + p.id() + "/measures").then().statusCode(404);
        Api.as("therapist2").get("/api/patients/" + p.id() + "/measures").then().statusCode(404);
        Api.as("clinicadmin1").get("/api/patients/" + p.id() + "/measures").then().statusCode(200).body("", hasSize(1));
        given().get("/api/patients/" + p.id() + "/measures").then().statusCode(401);
        given().get("/api/me/measures").then().statusCode(401);
    }
}
