package app.physiorx.support;

import java.util.List;
import java.util.Map;

/**
 * A therapist's patient with one of everything: a published program (and its first item), a
 * session, an alert (pain 9), a clinic exercise, a clinic template and an outcome measure (NPRS, due now). The fixture of the tests
 * that walk every endpoint.
 */
public record PatientRecords(LoggingPatient patient, long sessionId, long alertId, long itemId, long exerciseId, long templateId,
                             long measureId, long responseId, long instrumentId, long therapistId) {

    public static PatientRecords of(String therapist, String label) {
        LoggingPatient patient = LoggingPatient.of(therapist);
        long sessionId = patient.log(patient.session(9, 9)).getLong("session.id");
        long alertId = Api.as(therapist).get("/api/alerts?patientId=" + patient.id()).then().statusCode(200).extract().jsonPath()
                .getLong("alerts[0].id");
        long itemId = Api.as(therapist).get("/api/programs/" + patient.programId()).then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        long exerciseId = Api.as(therapist).body(app.physiorx.exercise.ExerciseJsonAccess.exercise(Api.unique(label + " stretch")))
                .post("/api/exercises").then().statusCode(201).extract().jsonPath().getLong("id");
        long templateId = Api.as(therapist).body(Map.of("name", Api.unique(label + " template"), "items", List.of()))
                .post("/api/templates").then().statusCode(201).extract().jsonPath().getLong("id");
        long nprs = Api.as(therapist).get("/api/instruments").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == 'nprs' }.id");
        long measureId = Api.as(therapist).body(Map.of("programId", patient.programId(), "instrumentId", nprs, "atStart", true,
                "everyWeeks", 2)).post("/api/patients/" + patient.id() + "/measures").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        // a second measure, answered, so the record holds a response (the NPRS above stays due)
        long groc = Api.as(therapist).get("/api/instruments").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == 'groc' }.id");
        long answered = Api.as(therapist).body(Map.of("programId", patient.programId(), "instrumentId", groc, "atStart", true))
                .post("/api/patients/" + patient.id() + "/measures").then().statusCode(201).extract().jsonPath().getLong("id");
        long responseId = io.restassured.RestAssured.given().auth().oauth2(patient.token()).contentType("application/json")
                .body(Map.of("clientId", java.util.UUID.randomUUID().toString(), "answers", Map.of("change", 2), "activities", Map.of()))
                .post("/api/me/measures/" + answered + "/responses").then().statusCode(201).extract().jsonPath().getLong("response.id");
        long therapistId = Api.as(therapist).get("/api/patients/" + patient.id()).then().statusCode(200).extract().jsonPath()
                .getLong("therapist.id");
        return new PatientRecords(patient, sessionId, alertId, itemId, exerciseId, templateId, measureId, responseId, nprs, therapistId);
    }

    /** The ids by what a route is about, for filling path templates; "fhir.Type" is the FHIR id of a resource of that type. */
    public Map<String, String> ids() {
        long p = patient.id();
        Map<String, String> ids = new java.util.HashMap<>(Map.of("patient", String.valueOf(patient.id()), "program", String.valueOf(patient.programId()),
                "alert", String.valueOf(alertId), "session", String.valueOf(sessionId), "item", String.valueOf(itemId),
                "exercise", String.valueOf(exerciseId), "template", String.valueOf(templateId),
                "measure", String.valueOf(measureId)));
        ids.putAll(Map.of("fhir.Patient", String.valueOf(p), "fhir.CarePlan", p + "-" + patient.programId() + "-1",
                "fhir.ServiceRequest", p + "-" + patient.programId() + "-1-1", "fhir.Observation", p + "-" + sessionId + "-pain-before",
                "fhir.Flag", p + "-" + alertId, "fhir.QuestionnaireResponse", p + "-" + responseId,
                "fhir.ActivityDefinition", String.valueOf(exerciseId), "fhir.PlanDefinition", String.valueOf(templateId),
                "fhir.Questionnaire", String.valueOf(instrumentId), "fhir.Practitioner", String.valueOf(therapistId)));
        return ids;
    }
}
