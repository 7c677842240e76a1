package app.physiorx.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The production realm file (docker/keycloak/physiorx-realm.json) and the dev realm derived from it, read as JSON. */
@Tag("unit")
class ProductionRealmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REALM = Path.of("docker/keycloak/physiorx-realm.json");

    private static JsonNode production() throws IOException {
        return JSON.readTree(REALM.toFile());
    }

    private static JsonNode dev() throws IOException, InterruptedException {
        Path out = Files.createTempFile("physiorx-dev-realm", ".json");
        try {
            Process p = new ProcessBuilder("python3", "docker/keycloak/build-realm.py", out.toString()).inheritIO().start();
            assertEquals(0, p.waitFor(), "build-realm.py runs");
            return JSON.readTree(out.toFile());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void bruteForceDetectionLocksForAWhileButNotForever() throws IOException {
        JsonNode realm = production();
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertFalse(realm.path("permanentLockout").asBoolean(true), "a temporary lockout, no permanent one");
        int failures = realm.path("failureFactor").asInt();
        assertTrue(failures >= 3 && failures <= 10, "failureFactor " + failures);
        assertTrue(realm.path("maxFailureWaitSeconds").asInt() >= 900);
    }

    @Test
    void passwordPolicyAsksForTwelveCharactersNotTheUsernameOrEmailNorARecentOne() throws IOException {
        Set<String> rules = Set.of(production().path("passwordPolicy").asText().split("\\s+and\\s+"));
        assertTrue(rules.contains("length(12)"), rules.toString());
        assertTrue(rules.contains("notUsername"), rules.toString());
        assertTrue(rules.contains("notEmail"), rules.toString());
        assertTrue(rules.contains("passwordHistory(5)"), rules.toString());
    }

    @Test
    void totpIsWhatAuthenticatorAppsSupport() throws IOException {
        JsonNode realm = production();
        assertEquals("totp", realm.path("otpPolicyType").asText());
        assertEquals("HmacSHA1", realm.path("otpPolicyAlgorithm").asText());
        assertEquals(6, realm.path("otpPolicyDigits").asInt());
        assertEquals(30, realm.path("otpPolicyPeriod").asInt());
        assertFalse(realm.path("otpPolicyCodeReusable").asBoolean(true));
    }

    @Test
    void therapistsAndClinicAdminsHoldTheSecondFactorRolePatientsDoNot() throws IOException {
        for (JsonNode role : production().path("roles").path("realm")) {
            List<String> composites = texts(role.path("composites").path("realm"));
            switch (role.path("name").asText()) {
                case "therapist", "clinic-admin" -> assertEquals(List.of("second-factor"), composites);
                default -> assertTrue(composites.isEmpty(), role.toString());
            }
        }
    }

    @Test
    void browserFlowAsksStaffForACodeAndOthersOnlyWhenTheySetOneUp() throws IOException {
        JsonNode realm = production();
        JsonNode browser = flow(realm, realm.path("browserFlow").asText());
        assertTrue(browser.path("topLevel").asBoolean());
        JsonNode forms = flow(realm, browser.path("authenticationExecutions").get(1).path("flowAlias").asText());
        JsonNode steps = forms.path("authenticationExecutions");
        assertEquals("auth-username-password-form", steps.get(0).path("authenticator").asText());

        JsonNode staff = flow(realm, steps.get(1).path("flowAlias").asText());
        assertEquals("CONDITIONAL", steps.get(1).path("requirement").asText());
        assertEquals(List.of("conditional-user-role", "auth-otp-form"), authenticators(staff));
        assertEquals("REQUIRED", staff.path("authenticationExecutions").get(1).path("requirement").asText(),
                "an unconfigured staff user must set up the authenticator");
        assertEquals("second-factor", config(realm, staff.path("authenticationExecutions").get(0)).path("condUserRole").asText());
        assertEquals("false", config(realm, staff.path("authenticationExecutions").get(0)).path("negate").asText());

        JsonNode optedIn = flow(realm, steps.get(2).path("flowAlias").asText());
        assertEquals(List.of("conditional-user-role", "conditional-user-configured", "auth-otp-form"), authenticators(optedIn));
        JsonNode notStaff = config(realm, optedIn.path("authenticationExecutions").get(0));
        assertEquals("second-factor", notStaff.path("condUserRole").asText());
        assertEquals("true", notStaff.path("negate").asText(), "staff are not asked twice");
    }

    @Test
    void usersCannotEditTheirOwnNamesOrEmail() throws IOException {
        JsonNode profile = JSON.readTree(production().path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .get(0).path("config").path("kc.user.profile.config").get(0).asText());
        List<String> checked = new ArrayList<>();
        for (JsonNode attribute : profile.path("attributes")) {
            String name = attribute.path("name").asText();
            if (Set.of("firstName", "lastName", "email").contains(name)) {
                assertEquals(List.of("admin"), texts(attribute.path("permissions").path("edit")), name);
                assertTrue(texts(attribute.path("permissions").path("view")).contains("user"), name + " stays visible");
                checked.add(name);
            }
        }
        assertEquals(3, checked.size(), checked.toString());
    }

    @Test
    void noProductionClientAllowsDirectGrants() throws IOException {
        for (JsonNode client : production().path("clients")) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), client.path("clientId").asText());
            assertFalse(client.path("implicitFlowEnabled").asBoolean(false), client.path("clientId").asText());
        }
    }

    @Test
    void serviceAccountOnlyViewsUsersAndManagesThePatientsGroupThroughFineGrainedPermissions() throws IOException {
        JsonNode realm = production();
        for (JsonNode user : realm.path("users")) {
            assertEquals("service-account-physiorx-admin", user.path("username").asText(), "no person in the production realm");
            assertEquals(List.of("view-users"), texts(user.path("clientRoles").path("realm-management")),
                    "no manage-users: that role would let it change any user, staff included");
        }
        assertTrue(realm.path("adminPermissionsEnabled").asBoolean());
        String patients = realm.path("groups").get(0).path("id").asText();
        assertEquals("/patients", realm.path("groups").get(0).path("path").asText());
        JsonNode permissions = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("admin-permissions")) {
                permissions = client.path("authorizationSettings").path("policies");
            }
        }
        List<String> granted = new ArrayList<>();
        for (JsonNode policy : permissions) {
            if (policy.path("type").asText().equals("scope")) {
                assertEquals("[\"" + patients + "\"]", policy.path("config").path("resources").asText(), "only the patients group");
                granted.add(policy.path("config").path("scopes").asText());
            }
        }
        assertEquals(List.of("[\"manage-members\",\"manage-membership\"]"), granted);
    }

    @Test
    void devRealmKeepsTheFlowAndTheRoleButStaffNeedNoCodeAndPasswordsAreFree() throws IOException, InterruptedException {
        JsonNode dev = dev();
        assertEquals(production().path("browserFlow").asText(), dev.path("browserFlow").asText());
        assertEquals("", dev.path("passwordPolicy").asText());
        boolean roleKept = false;
        for (JsonNode role : dev.path("roles").path("realm")) {
            assertTrue(texts(role.path("composites").path("realm")).isEmpty(), role.toString());
            roleKept |= role.path("name").asText().equals("second-factor");
        }
        assertTrue(roleKept, "the second-factor role stays for tests");
    }

    private static JsonNode flow(JsonNode realm, String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (flow.path("alias").asText().equals(alias)) {
                return flow;
            }
        }
        throw new AssertionError("no flow " + alias);
    }

    private static JsonNode config(JsonNode realm, JsonNode execution) {
        for (JsonNode c : realm.path("authenticatorConfig")) {
            if (c.path("alias").asText().equals(execution.path("authenticatorConfig").asText())) {
                return c.path("config");
            }
        }
        throw new AssertionError("no config for " + execution);
    }

    private static List<String> authenticators(JsonNode flow) {
        List<String> out = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(e -> out.add(e.path("authenticator").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
