package app.physiorx.support;

import java.util.List;
import java.util.Map;

/**
 * A therapist's patient with one of everything: a published program (and its first item), a
 * session, an alert (pain 9), a clinic exercise, a clinic template and an outcome measure (NPRS, due now). The fixture of the tests
 * that walk every endpoint.
 */
public record PatientRecords(LoggingPatient patient, long sessionId, long alertId, long itemId, long exerciseId, long templateId,
                             long measureId) {

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
        return new PatientRecords(patient, sessionId, alertId, itemId, exerciseId, templateId, measureId);
    }

    /** The ids by what a route is about, for filling path templates. */
    public Map<String, String> ids() {
        return Map.of("patient", String.valueOf(patient.id()), "program", String.valueOf(patient.programId()),
                "alert", String.valueOf(alertId), "session", String.valueOf(sessionId), "item", String.valueOf(itemId),
                "exercise", String.valueOf(exerciseId), "template", String.valueOf(templateId),
                "measure", String.valueOf(measureId));
    }
}
