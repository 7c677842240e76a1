package app.physiorx.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What the app's Keycloak service account (physiorx-admin) may do, called with its own token as the app does:
 * create and change members of /patients, view everyone, change nobody else.
 */
@QuarkusTest
class ServiceAccountScopeTest {
    private static final RealmAdmin PHYSIORX = new RealmAdmin("physiorx");
    private static final String THERAPIST1 = "11111111-0000-4000-8000-000000000001";

    private static RequestSpecification app() {
        String secret = ConfigProvider.getConfig().getValue("quarkus.keycloak.admin-client.client-secret", String.class);
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", "physiorx-admin")
                .formParam("client_secret", secret)
                .post(RealmAdmin.server() + "/realms/physiorx/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> newUser(List<String> groups) {
        Map<String, Object> user = new HashMap<>(Map.of("username", "scope-" + UUID.randomUUID().toString().substring(0, 8),
                "enabled", true, "firstName", "Rita", "lastName", "Lund",
                "attributes", Map.of("clinic", List.of("riverside"), "clinic_name", List.of("Riverside Physio"))));
        user.put("groups", groups);
        return user;
    }

    @Test
    void createsEnablesAndResetsPatientsInThePatientsGroup() {
        String location = app().body(newUser(List.of("/patients"))).post(PHYSIORX.base() + "/users")
                .then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        try {
            app().body(Map.of("type", "password", "value", "k7mq-2xrt-9hvp", "temporary", true))
                    .put(PHYSIORX.base() + "/users/" + id + "/reset-password").then().statusCode(204);
            Map<String, Object> rep = app().get(PHYSIORX.base() + "/users/" + id).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            rep.put("enabled", false);
            app().body(rep).put(PHYSIORX.base() + "/users/" + id).then().statusCode(204);
        } finally {
            PHYSIORX.deleteUser(id);
        }
    }

    @Test
    void cannotCreateAUserOutsideThePatientsGroup() {
        assertEquals(403, app().body(newUser(List.of())).post(PHYSIORX.base() + "/users").statusCode());
    }

    @Test
    void viewsStaffButCannotChangeTheirClinicPasswordOrGroups() {
        Map<String, Object> therapist = app().get(PHYSIORX.base() + "/users/" + THERAPIST1).then().statusCode(200)
                .extract().jsonPath().getMap("");
        app().get(PHYSIORX.base() + "/users/" + THERAPIST1 + "/sessions").then().statusCode(200);
        app().get(PHYSIORX.base() + "/users/" + THERAPIST1 + "/role-mappings/realm/composite").then().statusCode(200);

        therapist.put("attributes", Map.of("clinic", List.of("hillcrest"), "clinic_name", List.of("Hillcrest Rehab")));
        assertEquals(403, app().body(therapist).put(PHYSIORX.base() + "/users/" + THERAPIST1).statusCode(), "clinic change");
        assertEquals(403, app().body(Map.of("type", "password", "value", "taken-over-123", "temporary", false))
                .put(PHYSIORX.base() + "/users/" + THERAPIST1 + "/reset-password").statusCode(), "password reset");
        String patients = PHYSIORX.groupId("/patients");
        assertEquals(403, app().put(PHYSIORX.base() + "/users/" + THERAPIST1 + "/groups/" + patients).statusCode(),
                "moving staff into the patients group");
        assertEquals("riverside", ((List<?>) ((Map<?, ?>) PHYSIORX.user(THERAPIST1).get("attributes")).get("clinic")).getFirst());
    }
}
