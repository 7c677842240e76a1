package app.physiorx.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.physiorx.support.Api;
import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.Tokens;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The two ways the README gives a real clinic to get API tokens, against the real Keycloak: a phone app
 * signs a patient in with the public client physiorx-app and PKCE; an integration gets tokens for a
 * service account that the clinic's Keycloak admin made as the README says.
 */
@QuarkusTest
class ApiTokensTest extends BrowserTest {

    @Test
    void aPhoneAppSignsThePatientInWithPkceAndReadsTheirProgram() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        // the app's loopback redirect (RFC 8252): a real local server that notes where Keycloak sent the browser
        AtomicReference<String> landed = new AtomicReference<>();
        com.sun.net.httpserver.HttpServer callback = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        callback.createContext("/callback", exchange -> {
            landed.set("http://127.0.0.1" + exchange.getRequestURI());
            byte[] body = "signed in".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        callback.start();
        String redirect = "http://127.0.0.1:" + callback.getAddress().getPort() + "/callback";
        String realm = Tokens.issuer();
        Page page = browser.newPage();
        try {
        page.navigate(realm + "/protocol/openid-connect/auth?client_id=physiorx-app&response_type=code&scope=openid"
                + "&redirect_uri=" + redirect + "&state=s1&code_challenge=" + challenge + "&code_challenge_method=S256");
        Browser.keycloakLogin(page, patient.username(), "Own-" + patient.username() + "-pw");
        page.waitForURL(redirect + "**");
        String code = query(landed.get()).get("code");
        assertNotNull(code, landed.get());

        // without the verifier the code is worth nothing (a stolen code cannot be redeemed)
        given().formParams(Map.of("grant_type", "authorization_code", "client_id", "physiorx-app", "code", code,
                "redirect_uri", redirect)).post(realm + "/protocol/openid-connect/token").then().statusCode(400);
        page.navigate(realm + "/protocol/openid-connect/auth?client_id=physiorx-app&response_type=code&scope=openid"
                + "&redirect_uri=" + redirect + "&state=s2&code_challenge=" + challenge + "&code_challenge_method=S256");
        page.waitForURL(redirect + "**"); // still signed in at Keycloak: a fresh code at once
        String token = given().formParams(Map.of("grant_type", "authorization_code", "client_id", "physiorx-app",
                        "code", query(landed.get()).get("code"), "redirect_uri", redirect, "code_verifier", verifier))
                .post(realm + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/api/me/program").then().statusCode(200);
        given().auth().oauth2(token).get("/api/patients").then().statusCode(403); // a patient's token stays a patient's
        } finally {
            callback.stop(0);
        }
    }

    @Test
    void anIntegrationsServiceAccountGetsTokensForItsClinicOnly() {
        String clientId = "physiorx-integration-" + System.nanoTime();
        String clients = RealmAdmin.server() + "/admin/realms/physiorx/clients";
        // as the README says: a confidential client with a service account and the app's three mappers
        List<Map<String, Object>> mappers = RealmAdmin.admin().queryParam("clientId", "physiorx-web").get(clients)
                .then().statusCode(200).extract().jsonPath().getList("[0].protocolMappers");
        mappers.forEach(m -> m.remove("id"));
        String location = RealmAdmin.admin().body(Map.of("clientId", clientId, "publicClient", false, "serviceAccountsEnabled", true,
                        "standardFlowEnabled", false, "directAccessGrantsEnabled", false, "protocolMappers", mappers))
                .post(clients).then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        try {
            Map<String, Object> account = RealmAdmin.admin().get(clients + "/" + id + "/service-account-user").then().statusCode(200)
                    .extract().jsonPath().getMap("");
            String users = RealmAdmin.server() + "/admin/realms/physiorx/users/" + account.get("id");
            RealmAdmin.admin().body(Map.of("username", account.get("username"), "attributes",
                    Map.of("clinic", List.of("riverside"), "clinic_name", List.of("Riverside Physio")))).put(users).then().statusCode(204);
            Map<String, Object> role = RealmAdmin.admin().get(RealmAdmin.server() + "/admin/realms/physiorx/roles/clinic-admin")
                    .then().statusCode(200).extract().jsonPath().getMap("");
            RealmAdmin.admin().body(List.of(role)).post(users + "/role-mappings/realm").then().statusCode(204);
            String secret = RealmAdmin.admin().get(clients + "/" + id + "/client-secret").then().statusCode(200).extract().path("value");

            String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                    .post(Tokens.issuer() + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
            long patient = LoggingPatient.of("therapist1").id();
            given().auth().oauth2(token).get("/api/patients/" + patient).then().statusCode(200);
            given().auth().oauth2(token).get("/api/audit/verify").then().statusCode(200);
            long otherClinics = LoggingPatient.of("therapist2").id();
            given().auth().oauth2(token).get("/api/patients/" + otherClinics).then().statusCode(404);
            assertEquals(200, Api.as("clinicadmin1").get("/api/audit/patients/" + patient).then().extract().statusCode());
        } finally {
            RealmAdmin.admin().delete(clients + "/" + id).then().statusCode(204);
        }
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }
}
