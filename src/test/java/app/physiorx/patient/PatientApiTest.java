package app.physiorx.patient;

import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import app.physiorx.support.Patients;
import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PatientApiTest {

    private static long therapistId(String username) {
        as(username).get("/api/me").then().statusCode(200);
        return as("clinicadmin1").get("/api/clinic/therapists").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '" + switch (username) {
                    case "therapist1" -> "Tessa Morgan";
                    case "therapist3" -> "Omar Haddad";
                    default -> username;
                } + "' }.id");
    }

    @Test
    void therapistAddsAPatientWithARealKeycloakAccount() {
        var created = as("therapist1").body(Map.of("firstName", "Ana", "lastName", "Lopez", "dateOfBirth", "1958-04-02",
                        "email", "ana.lopez." + System.nanoTime() + "@example.org", "condition", "Thoracic stiffness"))
                .post("/api/patients").then().statusCode(201)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                .body("patient.fullName", equalTo("Ana Lopez"))
                .body("patient.therapist.name", equalTo("Tessa Morgan"))
                .body("patient.hasAccount", is(true))
                .body("temporaryPassword", matchesPattern("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"))
                .extract().jsonPath();
        String username = created.getString("username");
        // Keycloak makes the patient change the temporary password first: no token with it.
        given().formParam("grant_type", "password").formParam("client_id", "physiorx-cli")
                .formParam("username", username).formParam("password", created.getString("temporaryPassword"))
                .post(Tokens.issuer() + "/protocol/openid-connect/token").then().statusCode(400);
        String token = Patients.activate(username);
        given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("role", equalTo("patient")).body("clinic", equalTo("Riverside Physio"));
        // The record never answers the password again.
        as("therapist1").get("/api/patients/" + created.getLong("patient.id")).then().statusCode(200)
                .body("temporaryPassword", equalTo(null));
    }

    @Test
    void therapistCannotSeeAnotherTherapistsPatient() {
        var p = Patients.create("therapist1", "Ben", "Okoro");
        as("therapist1").get("/api/patients/" + p.id()).then().statusCode(200);
        as("therapist3").get("/api/patients/" + p.id()).then().statusCode(404);
        as("therapist3").get("/api/patients?q=okoro").then().statusCode(200).body("items.fullName", not(hasItem("Ben Okoro")));
        as("therapist2").get("/api/patients/" + p.id()).then().statusCode(404);
        as("clinicadmin2").get("/api/patients/" + p.id()).then().statusCode(404);
        as("patient1").get("/api/patients/" + p.id()).then().statusCode(403);
        anonymous().get("/api/patients/" + p.id()).then().statusCode(401);
        as("therapist3").body(Map.of("firstName", "X", "lastName", "Y")).put("/api/patients/" + p.id()).then().statusCode(404);
        as("therapist3").post("/api/patients/" + p.id() + "/access").then().statusCode(404);
    }

    @Test
    void clinicAdminSeesTheWholeClinicAndReassigns() {
        var p = Patients.create("therapist1", "Cora", "Hale");
        as("clinicadmin1").get("/api/patients/" + p.id()).then().statusCode(200);
        long omar = therapistId("therapist3");
        int version = as("clinicadmin1").get("/api/patients/" + p.id()).then().statusCode(200).extract().path("version");
        as("clinicadmin1").body(Map.of("firstName", "Cora", "lastName", "Hale", "therapistId", omar, "version", version))
                .put("/api/patients/" + p.id()).then().statusCode(200).body("therapist.name", equalTo("Omar Haddad"));
        as("therapist3").get("/api/patients/" + p.id()).then().statusCode(200);
        as("therapist1").get("/api/patients/" + p.id()).then().statusCode(404);
    }

    @Test
    void sharingWithAColleagueOpensTheRecordToThem() {
        var p = Patients.create("therapist1", "Dev", "Rao");
        long omar = therapistId("therapist3");
        as("therapist1").body(Map.of("firstName", "Dev", "lastName", "Rao", "sharedWith", java.util.List.of(omar)))
                .put("/api/patients/" + p.id()).then().statusCode(200).body("sharedWith.name", hasItem("Omar Haddad"));
        as("therapist3").get("/api/patients/" + p.id()).then().statusCode(200);
    }

    @Test
    void reissuingAccessGivesANewTemporaryPassword() {
        var p = Patients.create("therapist1", "Eli", "Stone");
        as("therapist1").post("/api/patients/" + p.id() + "/access").then().statusCode(200)
                .body("username", equalTo(p.username()))
                .body("temporaryPassword", not(equalTo(p.temporaryPassword())))
                .body("patient.accessIssuedAt", notNullValue());
        anonymous().post("/api/patients/" + p.id() + "/access").then().statusCode(401);
    }

    @Test
    void dischargingDisablesTheKeycloakAccountAndKeepsTheRecord() {
        var p = Patients.create("therapist1", "Fay", "Moss");
        String token = Patients.activate(p.username());
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);
        as("therapist1").body(Map.of("firstName", "Fay", "lastName", "Moss", "status", "DISCHARGED"))
                .put("/api/patients/" + p.id()).then().statusCode(200).body("status", equalTo("DISCHARGED"));
        given().formParam("grant_type", "password").formParam("client_id", "physiorx-cli")
                .formParam("username", p.username()).formParam("password", "Own-" + p.username() + "-pw")
                .post(Tokens.issuer() + "/protocol/openid-connect/token").then().statusCode(400);
        as("therapist1").get("/api/patients?status=DISCHARGED").then().statusCode(200).body("items.fullName", hasItem("Fay Moss"));
    }

    @Test
    void badPatientInputNamesTheField() {
        as("therapist1").body(Map.of("firstName", "", "lastName", "Z")).post("/api/patients").then().statusCode(400)
                .body("errors[0].field", equalTo("firstName"));
        as("therapist1").body(Map.of("firstName", "A", "lastName", "Z", "dateOfBirth", "2999-01-01")).post("/api/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("dateOfBirth"));
        as("therapist1").body(Map.of("firstName", "A", "lastName", "Z", "email", "not-an-email")).post("/api/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        as("therapist1").body(Map.of("firstName", "A", "lastName", "Z", "therapistId", 999999)).post("/api/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("therapistId"));
        as("therapist1").get("/api/patients?status=GONE").then().statusCode(400).body("errors[0].field", equalTo("status"));
        anonymous().get("/api/patients").then().statusCode(401);
        as("patient1").get("/api/patients").then().statusCode(403);
    }

    @Test
    void staleUpdateIsRefused() {
        var p = Patients.create("therapist1", "Gus", "Lane");
        int version = as("therapist1").get("/api/patients/" + p.id()).then().statusCode(200).extract().path("version");
        as("therapist1").body(Map.of("firstName", "Gus", "lastName", "Lane", "notes", "first", "version", version))
                .put("/api/patients/" + p.id()).then().statusCode(200);
        as("therapist1").body(Map.of("firstName", "Gus", "lastName", "Lane", "notes", "second", "version", version))
                .put("/api/patients/" + p.id()).then().statusCode(409);
    }

    @Test
    void theClinicsRecordNumberIsUniqueInTheClinicFindsThePatientAndReachesFhir() {
        String mrn = "MR-" + System.nanoTime();
        long id = as("therapist1").body(Map.of("firstName", "Iris", "lastName", "Vale", "mrn", mrn)).post("/api/patients")
                .then().statusCode(201).body("patient.mrn", equalTo(mrn)).extract().jsonPath().getLong("patient.id");
        // a second patient of the clinic with the same number: refused, naming the field, and nothing stored
        as("therapist1").body(Map.of("firstName", "Ivo", "lastName", "Twin" + System.nanoTime(), "mrn", mrn)).post("/api/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("mrn"));
        as("therapist1").get("/api/patients?q=" + mrn).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains((int) id)).body("items[0].mrn", equalTo(mrn));
        // another clinic may use the same number for its own patient, and does not find ours by it
        long theirs = as("therapist2").body(Map.of("firstName", "Iris", "lastName", "Other", "mrn", mrn)).post("/api/patients")
                .then().statusCode(201).extract().jsonPath().getLong("patient.id");
        as("therapist2").get("/api/patients?q=" + mrn).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains((int) theirs));
        as("therapist1").body(Map.of("firstName", "A", "lastName", "Z", "mrn", "has space")).post("/api/patients")
                .then().statusCode(400).body("errors[0].field", equalTo("mrn"));
        // saving the patient with their own number is no clash; an empty number clears it
        as("therapist1").body(Map.of("firstName", "Iris", "lastName", "Vale", "mrn", mrn, "notes", "kept"))
                .put("/api/patients/" + id).then().statusCode(200).body("mrn", equalTo(mrn));
        as("therapist1").get("/fhir/Patient/" + id).then().statusCode(200)
                .body("identifier.find { it.type?.coding?.getAt(0)?.code == 'MR' }.value", equalTo(mrn));
        as("therapist1").body(Map.of("firstName", "Iris", "lastName", "Vale", "mrn", ""))
                .put("/api/patients/" + id).then().statusCode(200).body("mrn", equalTo(null));
        as("therapist1").get("/fhir/Patient/" + id).then().statusCode(200).body("identifier.size()", equalTo(1));
    }
}
