package app.physiorx.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.Patients;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app behind the TLS proxy the README asks for: the proxy (here the test, from 127.0.0.1, a
 * trusted proxy address) says the browser came over https to the public host and from which address.
 */
@QuarkusTest
class BehindTheProxyTest {

    @Test
    void signInSendsKeycloakBackToTheHttpsAddressTheBrowserUsed() {
        String location = given().redirects().follow(false)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "physiorx.clinic.example")
                .get("/login").then().statusCode(302).extract().header("Location");
        String decoded = URLDecoder.decode(location, StandardCharsets.UTF_8);
        assertTrue(decoded.contains("redirect_uri=https://physiorx.clinic.example/login"), decoded);
    }

    @Test
    void theAuditRecordsTheBrowsersAddressNotTheProxys() {
        long patient = Patients.create("therapist1", "Ada", Api.unique("Proxied")).id();
        Api.as("therapist1").header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https")
                .get("/api/patients/" + patient).then().statusCode(200);
        List<String> addresses = Api.as("clinicadmin1").get("/api/audit/patients/" + patient).then().statusCode(200)
                .extract().jsonPath().getList("events.findAll { it.request == 'GET /api/patients/" + patient + "' }.clientAddress", String.class);
        assertEquals(List.of("203.0.113.7"), addresses);
    }
}
