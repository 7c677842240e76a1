package app.physiorx.clinic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClinicResourceTest {

    @Test
    void therapistReadsTheirClinic() {
        given().header("Authorization", Tokens.bearer("therapist1"))
                .get("/api/clinic")
                .then().statusCode(200)
                .body("name", equalTo("Riverside Physio"))
                .body("therapists", greaterThanOrEqualTo(1));
    }

    @Test
    void patientIsForbiddenFromTherapistOnlyEndpoint() {
        given().header("Authorization", Tokens.bearer("patient1"))
                .get("/api/clinic")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void anonymousCannotReadAClinic() {
        given().get("/api/clinic").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void clinicAdminChangesOnlyTheirOwnClinic() {
        given().header("Authorization", Tokens.bearer("clinicadmin2"))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Hillcrest Rehab\",\"phone\":\"+1 555 0100\",\"paperSize\":\"LETTER\"}")
                .put("/api/clinic")
                .then().statusCode(200)
                .body("phone", equalTo("+1 555 0100"))
                .body("paperSize", equalTo("LETTER"));
        given().header("Authorization", Tokens.bearer("therapist1"))
                .get("/api/clinic")
                .then().statusCode(200)
                .body("name", equalTo("Riverside Physio"))
                .body("paperSize", equalTo("A4"));
    }

    @Test
    void therapistCannotChangeClinicSettings() {
        given().header("Authorization", Tokens.bearer("therapist1"))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Taken over\",\"paperSize\":\"A4\"}")
                .put("/api/clinic")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("therapist1"))
                .get("/api/clinic")
                .then().statusCode(200).body("name", equalTo("Riverside Physio"));
    }

    @Test
    void therapistListIsTheCallersClinicOnly() {
        given().header("Authorization", Tokens.bearer("therapist2")).get("/api/me").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("therapist1")).get("/api/clinic/therapists").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.hasItem("Tessa Morgan"))
                .body("name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Hugo Lindqvist")));
        given().header("Authorization", Tokens.bearer("patient1")).get("/api/clinic/therapists").then().statusCode(403);
        given().get("/api/clinic/therapists").then().statusCode(401);
    }

    @Test
    void anonymousCannotChangeClinicSettings() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Taken over\",\"paperSize\":\"A4\"}")
                .put("/api/clinic")
                .then().statusCode(401);
    }
}
