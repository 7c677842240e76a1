package app.physiorx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SecretsPolicyTest {
    private static final String STRONG = "k3Jd92mZq0pLx7vB4nWc8eRt6yUa1sDf";

    @Test
    void placeholdersFromEnvExampleAreRefused() {
        List<String> problems = SecretsPolicy.problems(Map.of(
                "quarkus.datasource.password", "change-me",
                "quarkus.flyway.password", "change-me-owner",
                "quarkus.oidc.web.credentials.secret", "change-me-oidc-secret",
                "quarkus.oidc.web.authentication.state-secret", "change-me-to-32-or-more-random-characters",
                "quarkus.keycloak.admin-client.client-secret", "change-me"));
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void devDefaultsAreRefused() {
        List<String> problems = SecretsPolicy.problems(Map.of(
                "quarkus.datasource.password", "physiorx",
                "quarkus.flyway.password", "physiorx_owner",
                "quarkus.oidc.web.credentials.secret", "physiorx-dev-secret",
                "quarkus.oidc.web.authentication.state-secret", "dev-only-session-secret-0123456789abcdef",
                "quarkus.keycloak.admin-client.client-secret", "physiorx-dev-admin-secret"));
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void missingSecretIsNamedByItsVariable() {
        List<String> problems = SecretsPolicy.problems(Map.of(
                "quarkus.datasource.password", STRONG,
                "quarkus.flyway.password", STRONG + "o",
                "quarkus.oidc.web.authentication.state-secret", STRONG,
                "quarkus.keycloak.admin-client.client-secret", STRONG));
        assertEquals(List.of("PHYSIORX_OIDC_CLIENT_SECRET is not set or still holds a placeholder"), problems);
    }

    @Test
    void shortSessionSecretIsRefused() {
        List<String> problems = SecretsPolicy.problems(Map.of(
                "quarkus.datasource.password", STRONG,
                "quarkus.flyway.password", STRONG + "o",
                "quarkus.oidc.web.credentials.secret", STRONG,
                "quarkus.oidc.web.authentication.state-secret", "short-but-not-a-placeholder",
                "quarkus.keycloak.admin-client.client-secret", STRONG));
        assertTrue(problems.getFirst().contains("at least 32"));
    }

    @Test
    void realSecretsPass() {
        assertEquals(List.of(), SecretsPolicy.problems(Map.of(
                "quarkus.datasource.password", STRONG,
                "quarkus.flyway.password", STRONG + "o",
                "quarkus.oidc.web.credentials.secret", STRONG + "x",
                "quarkus.oidc.web.authentication.state-secret", STRONG + "y",
                "quarkus.keycloak.admin-client.client-secret", STRONG + "z")));
    }

    @Test
    void anInstanceThatDoesNotMigrateNeedsNoOwnerPassword() {
        Map<String, String> withoutOwner = Map.of(
                "quarkus.datasource.password", STRONG,
                "quarkus.oidc.web.credentials.secret", STRONG + "x",
                "quarkus.oidc.web.authentication.state-secret", STRONG + "y",
                "quarkus.keycloak.admin-client.client-secret", STRONG + "z");
        assertEquals(List.of(), SecretsPolicy.problems(withoutOwner, false));
        assertEquals(List.of("PHYSIORX_DB_OWNER_PASSWORD is not set or still holds a placeholder"), SecretsPolicy.problems(withoutOwner, true));
    }
}
