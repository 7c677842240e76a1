package app.physiorx.security;

import static app.physiorx.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm file imported as it is (under another name, without secrets) into the test Keycloak:
 * its password policy and brute-force detection at work. Only a test client with direct grants is added,
 * so failed sign-ins can be sent without a browser.
 */
@QuarkusTest
class ProductionRealmKeycloakTest {
    private static final String NAME = "prodcheck-" + UUID.randomUUID().toString().substring(0, 8);
    private static final RealmAdmin REALM = new RealmAdmin(NAME);
    private static int failureFactor;

    @BeforeAll
    static void importTheProductionRealm() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String text = Files.readString(Path.of("docker/keycloak/physiorx-realm.json"));
        // Keycloak's ids are server-wide: the copy's patients group (named in its admin permissions) gets its own.
        String patients = json.readTree(text).path("groups").get(0).path("id").asText();
        ObjectNode realm = (ObjectNode) json.readTree(text.replace(patients, UUID.randomUUID().toString()));
        realm.put("realm", NAME);
        failureFactor = realm.path("failureFactor").asInt();
        ArrayNode clients = (ArrayNode) realm.path("clients");
        for (var client : clients) {
            ObjectNode c = (ObjectNode) client;
            if (c.has("secret")) {
                c.put("secret", UUID.randomUUID().toString());
            }
            if (c.has("redirectUris")) {
                c.putArray("redirectUris").add("http://127.0.0.1:9/*");
            }
        }
        clients.addObject().put("clientId", "prodcheck-cli").put("publicClient", true).put("enabled", true)
                .put("standardFlowEnabled", false).put("directAccessGrantsEnabled", true);
        RealmAdmin.admin().body(json.writeValueAsString(realm)).post(RealmAdmin.server() + "/admin/realms")
                .then().statusCode(201);
    }

    @AfterAll
    static void deleteTheRealm() {
        RealmAdmin.admin().delete(REALM.base()).then().statusCode(204);
    }

    @Test
    void theSyncStepMakesTheExistingRealmFollowTheEnvironmentAgainAndKeepsItsUsers() throws Exception {
        String user = REALM.createUser("sync-check", "a-long-first-passphrase", Map.of());
        String webSecret = UUID.randomUUID().toString();
        String adminSecret = UUID.randomUUID().toString();
        for (int run = 0; run < 2; run++) { // idempotent: a second start changes nothing more
            ProcessBuilder pb = new ProcessBuilder(Path.of("docker/keycloak/sync-realm.sh").toAbsolutePath().toString())
                    .redirectErrorStream(true);
            try (var dirs = Files.list(Path.of(".run"))) {
                Path keycloak = dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-")).findFirst().orElseThrow();
                pb.environment().put("KCADM", keycloak.resolve("bin/kcadm.sh").toAbsolutePath().toString());
            }
            pb.environment().putAll(Map.of("KEYCLOAK_URL", RealmAdmin.server(), "KC_ADMIN", "admin", "KC_ADMIN_PASSWORD", "admin",
                    "SYNC_REALM_ALLOW_DEV_SECRETS", "true",
                    "REALM", NAME, "PHYSIORX_PUBLIC_URL", "https://physiorx.moved.example/",
                    "PHYSIORX_OIDC_CLIENT_SECRET", webSecret, "PHYSIORX_KC_ADMIN_CLIENT_SECRET", adminSecret));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
        }
        String clients = REALM.base() + "/clients";
        var web = RealmAdmin.admin().queryParam("clientId", "physiorx-web").get(clients).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("https://physiorx.moved.example/*"), web.getList("[0].redirectUris"));
        assertEquals(webSecret, RealmAdmin.admin().get(clients + "/" + web.getString("[0].id") + "/client-secret").then()
                .statusCode(200).extract().path("value"));
        String admin = RealmAdmin.admin().queryParam("clientId", "physiorx-admin").get(clients).then().statusCode(200)
                .extract().path("[0].id");
        assertEquals(adminSecret, RealmAdmin.admin().get(clients + "/" + admin + "/client-secret").then().statusCode(200)
                .extract().path("value"));
        RealmAdmin.admin().get(REALM.base() + "/users/" + user).then().statusCode(200); // users stay
    }

    @Test
    void passwordsShorterThanTwelveTheUsernameOrARecentOneAreRefused() {
        String id = REALM.createUser("policy-check", "a-long-first-passphrase", Map.of());
        assertEquals(400, REALM.resetPassword(id, "Short-pw-11").statusCode(), "11 characters");
        assertEquals(400, REALM.resetPassword(id, "policy-check").statusCode(), "the username");
        assertEquals(400, REALM.resetPassword(id, "policy-check@riverside.example").statusCode(), "the email");
        assertEquals(204, REALM.resetPassword(id, "twelve-chars").statusCode(), "12 characters");
        assertEquals(400, REALM.resetPassword(id, "a-long-first-passphrase").statusCode(), "a recent password");
        REALM.deleteUser(id);
    }

    @Test
    void theOneTimePasswordsTheAppIssuesMeetThePolicy() {
        String id = REALM.createUser("issued-check", "a-long-first-passphrase", Map.of());
        for (int i = 0; i < 3; i++) {
            String issued = as("therapist1").body(Map.of("firstName", "Ines", "lastName", "Berg"))
                    .post("/api/patients").then().statusCode(201).extract().path("temporaryPassword");
            assertEquals(204, REALM.resetPassword(id, issued).statusCode(), issued);
        }
        REALM.deleteUser(id);
    }

    @Test
    void afterFailureFactorWrongPasswordsTheAccountIsLockedEvenForTheRightOne() throws InterruptedException {
        String password = "the-right-passphrase";
        String id = REALM.createUser("lock-check", password, Map.of(), "patient");
        assertEquals(200, signIn("lock-check", password), "the right password works at first");
        for (int i = 1; i <= failureFactor; i++) {
            assertEquals(401, signIn("lock-check", "wrong-passphrase-" + i));
            Map<String, Object> status = REALM.bruteForceStatus(id);
            assertEquals(i, ((Number) status.get("numFailures")).intValue(), status.toString());
            if (i < failureFactor) {
                assertFalse((Boolean) status.get("disabled"), "not locked after " + i + " failures: " + status);
                Thread.sleep(1100); // slower than the realm's quick-login check, which locks on its own
            }
        }
        assertTrue((Boolean) REALM.bruteForceStatus(id).get("disabled"), "locked after " + failureFactor + " failures");
        assertNotEquals(200, signIn("lock-check", password), "the right password is refused while locked");
        REALM.deleteUser(id);
    }

    private static int signIn(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "prodcheck-cli")
                .formParam("username", username).formParam("password", password)
                .post(RealmAdmin.server() + "/realms/" + NAME + "/protocol/openid-connect/token").statusCode();
    }
}
