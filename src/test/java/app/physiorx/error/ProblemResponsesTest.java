package app.physiorx.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemResponsesTest {

    private static ValidatableResponse putClinic(String body) {
        return given().header("Authorization", Tokens.bearer("clinicadmin1"))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/clinic")
                .then();
    }

    private static void noInternals(ValidatableResponse response) {
        response.body(not(containsString("Exception")))
                .body(not(containsString("at app.")))
                .body(not(containsString("java.")))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void validationErrorNamesEachInvalidField() {
        ValidatableResponse r = putClinic("{\"name\":\"\",\"phone\":\"<script>\",\"paperSize\":\"A4\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Invalid request"))
                .body("status", equalTo(400))
                .body("detail", containsString("name"))
                .body("errors.field", hasItems("name", "phone"))
                .body("errors.pointer", hasItems("#/name", "#/phone"));
        noInternals(r);
        given().header("Authorization", Tokens.bearer("therapist1")).get("/api/clinic")
                .then().statusCode(200).body("name", equalTo("Riverside Physio"));
    }

    @Test
    void missingBodyIsAValidationError() {
        given().header("Authorization", Tokens.bearer("clinicadmin1"))
                .contentType(ContentType.JSON)
                .put("/api/clinic")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsA400Problem() {
        noInternals(putClinic("{\"name\": \"Riverside\", paperSize")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The request body is not valid JSON.")));
    }

    @Test
    void wrongValueTypeNamesTheField() {
        noInternals(putClinic("{\"name\":\"Riverside Physio\",\"paperSize\":\"TABLOID\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("paperSize")));
    }

    @Test
    void unknownApiPathIsA404Problem() {
        noInternals(given().header("Authorization", Tokens.bearer("therapist1"))
                .get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/no-such-thing")));
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().header("Authorization", Tokens.bearer("therapist1"))
                .delete("/api/me")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : new String[] {"/", "/api/me", "/q/health/ready"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin");
        }
    }

    @Test
    void browserGetsAnHtmlErrorPageForAnUnknownPage() {
        given().accept("text/html").get("/no-such-page")
                .then().statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void nulInsideAJsonStringIsRefusedNamingTheField() {
        ValidatableResponse r = putClinic("{\"name\":\"Riverside\\u0000 Physio\",\"paperSize\":\"A4\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].detail", equalTo("must not contain the NUL character"));
        noInternals(r);
        given().header("Authorization", Tokens.bearer("clinicadmin1")).get("/api/clinic").then().statusCode(200)
                .body("name", not(containsString("\u0000")));
    }

    @Test
    void nulInAQueryParameterIsRefusedNamingTheParameter() {
        given().header("Authorization", Tokens.bearer("therapist1")).urlEncodingEnabled(false)
                .get("/api/patients?q=a%00b").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void apiErrorsQuarkusAnswersItselfStillCarryAProblemDocument() {
        // A change without a body (refused by the CSRF check before any resource runs) and a path id that is not a number.
        given().header("Authorization", Tokens.bearer("therapist1")).post("/api/programs/1/publish")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", containsString("JSON body"));
        given().header("Authorization", Tokens.bearer("therapist1")).contentType(ContentType.JSON).body("{}")
                .post("/api/programs/abc/publish")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 404)).contentType("application/problem+json");
    }
}
