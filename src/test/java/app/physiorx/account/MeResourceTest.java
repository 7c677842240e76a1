package app.physiorx.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void therapistSeesTheirOwnProfileAndClinic() {
        given().header("Authorization", Tokens.bearer("therapist1"))
                .get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("therapist1"))
                .body("displayName", equalTo("Tessa Morgan"))
                .body("role", equalTo("therapist"))
                .body("clinic", equalTo("Riverside Physio"));
    }

    @Test
    void patientSeesTheirOwnProfile() {
        given().header("Authorization", Tokens.bearer("patient3"))
                .get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("patient3"))
                .body("role", equalTo("patient"))
                .body("clinic", equalTo("Hillcrest Rehab"));
    }

    @Test
    void anonymousCallerGets401Problem() {
        given().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Not signed in"));
    }

    @Test
    void forgedTokenIsRejected() {
        String token = Tokens.accessToken("therapist1");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", "Bearer " + forged)
                .get("/api/me")
                .then().statusCode(401)
                .body(not(containsString("therapist1")));
    }

    @Test
    void clinicClaimDecidesTheClinicOfEachUser() {
        given().header("Authorization", Tokens.bearer("therapist2"))
                .get("/api/me")
                .then().statusCode(200)
                .body("clinic", equalTo("Hillcrest Rehab"));
    }
}
