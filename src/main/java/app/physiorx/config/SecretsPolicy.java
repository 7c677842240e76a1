package app.physiorx.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rules for the secrets a production installation must set. Placeholders from
 * .env.example and the dev defaults are refused, so a forgotten setting stops the app
 * instead of running it with a secret everyone knows.
 */
public final class SecretsPolicy {
    /** Configuration key to the environment variable that sets it. */
    public static final Map<String, String> SECRETS = Map.of(
            "quarkus.datasource.password", "PHYSIORX_DB_PASSWORD",
            "quarkus.flyway.password", "PHYSIORX_DB_OWNER_PASSWORD",
            "quarkus.oidc.web.credentials.secret", "PHYSIORX_OIDC_CLIENT_SECRET",
            "quarkus.oidc.web.authentication.state-secret", "PHYSIORX_SESSION_SECRET",
            "quarkus.keycloak.admin-client.client-secret", "PHYSIORX_KC_ADMIN_CLIENT_SECRET");

    private static final Set<String> KNOWN_VALUES = Set.of("", "change-me", "changeme", "secret", "password",
            "physiorx", "physiorx_owner", "physiorx-dev-secret", "physiorx-dev-admin-secret", "dev-only-session-secret-0123456789abcdef", "admin");

    private SecretsPolicy() {
    }

    /** The problems with the given values (key to value); empty when all are fine. */
    public static List<String> problems(Map<String, String> values) {
        return problems(values, true);
    }

    /** As above; an instance that does not migrate at start needs no owner password. */
    public static List<String> problems(Map<String, String> values, boolean migrates) {
        List<String> problems = new ArrayList<>();
        SECRETS.forEach((key, variable) -> {
            if (!migrates && key.equals("quarkus.flyway.password")) {
                return;
            }
            String value = values.get(key);
            if (value == null || KNOWN_VALUES.contains(value.strip().toLowerCase(Locale.ROOT))
                    || value.toLowerCase(Locale.ROOT).contains("change-me")) {
                problems.add(variable + " is not set or still holds a placeholder");
            } else if (variable.equals("PHYSIORX_SESSION_SECRET") && value.length() < 32) {
                problems.add(variable + " must be at least 32 characters long");
            }
        });
        problems.sort(String::compareTo);
        return problems;
    }
}
