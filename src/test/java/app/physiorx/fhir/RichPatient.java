package app.physiorx.fhir;

import static io.restassured.RestAssured.given;

import app.physiorx.support.Api;
import app.physiorx.support.LoggingPatient;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A patient with every kind of data the FHIR export carries: two published versions (the second with weekdays,
 * side, rest, load, tempo and notes on its first exercise), sessions on both versions with symptoms, pain during and
 * a red flag, a resolved alert and an open one, and three answered outcome measures (PSFS with named activities,
 * the pain rating, the GROC's choice answers).
 */
record RichPatient(LoggingPatient patient, long templateId) {

    static RichPatient of(String therapist) {
        LoggingPatient p = LoggingPatient.of(therapist);
        log(p, LocalDate.now().minusDays(3), 4, 3);
        // a red flag raises an alert; the therapist resolves it
        p.log(p.session(9, 8, "NUMBNESS"));
        long alert = Api.as(therapist).get("/api/alerts?patientId=" + p.id()).then().statusCode(200).extract().jsonPath()
                .getLong("alerts[0].id");
        Api.as(therapist).body(Map.of()).post("/api/alerts/" + alert + "/resolve").then().statusCode(200);
        // version 2: the first exercise on Monday and Thursday, left side, with rest, load, tempo and a note
        JsonPath draft = Api.as(therapist).get("/api/programs/" + p.programId()).then().statusCode(200).extract().jsonPath();
        Api.as(therapist).body(app.physiorx.support.DraftInput.of(draft, 0, Map.of("sets", 3, "reps", 12, "side", "LEFT",
                        "restSeconds", 45, "timesPerDay", 2, "weekdays", List.of("MONDAY", "THURSDAY"), "load", "Light band",
                        "tempo", "2 up, 3 down", "notes", "Keep the shoulder low")))
                .put("/api/programs/" + p.programId()).then().statusCode(200);
        Api.as(therapist).post("/api/programs/" + p.programId() + "/publish").then().statusCode(200);
        LoggingPatient now = new LoggingPatient(p.id(), p.programId(), p.username(), p.token(), given().auth().oauth2(p.token())
                .get("/api/me/program").then().statusCode(200).extract().jsonPath().getList("items"));
        now.log(now.session(9, 9)); // a second alert, left open
        // outcome measures, each answered once
        answer(now, therapist, "psfs", Map.of("activity1", 4, "activity2", 6, "activity3", 7),
                Map.of("activity1", "Carrying shopping", "activity2", "Reaching a high shelf", "activity3", "Driving"));
        answer(now, therapist, "nprs", Map.of("pain", 6), Map.of());
        answer(now, therapist, "groc", Map.of("change", 3), Map.of());
        long template = Api.as(therapist).get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        return new RichPatient(now, template);
    }

    private static void log(LoggingPatient p, LocalDate day, int before, int after) {
        Map<String, Object> body = new HashMap<>(p.session(before, after, "TINGLING"));
        body.put("date", day.toString());
        p.log(body);
    }

    private static void answer(LoggingPatient p, String therapist, String code, Map<String, Integer> answers, Map<String, String> activities) {
        long instrument = Api.as(therapist).get("/api/instruments").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
        long measure = Api.as(therapist).body(Map.of("programId", p.programId(), "instrumentId", instrument, "atStart", true))
                .post("/api/patients/" + p.id() + "/measures").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(p.token()).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "answers", answers, "activities", activities))
                .post("/api/me/measures/" + measure + "/responses").then().statusCode(201);
    }
}
