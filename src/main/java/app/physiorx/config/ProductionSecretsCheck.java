package app.physiorx.config;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Refuses to start a production instance whose secrets are missing or placeholders. The check runs when
 * Flyway is set up, before any migration touches the database, and again at start-up (for an instance
 * that does not migrate).
 */
@ApplicationScoped
public class ProductionSecretsCheck implements FlywayConfigurationCustomizer {
    private final Config config;

    public ProductionSecretsCheck(Config config) {
        this.config = config;
    }

    @Override
    public void customize(FluentConfiguration flyway) {
        check();
    }

    void onStart(@Observes StartupEvent event) {
        check();
    }

    private void check() {
        // The packaged app started with the test profile is the project's own multi-instance tests and benchmarks.
        if (LaunchMode.current() != LaunchMode.NORMAL || io.quarkus.runtime.configuration.ConfigUtils.isProfileActive("test")) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (String key : SecretsPolicy.SECRETS.keySet()) {
            config.getOptionalValue(key, String.class).ifPresent(v -> values.put(key, v));
        }
        List<String> problems = SecretsPolicy.problems(values,
                config.getOptionalValue("quarkus.flyway.migrate-at-start", Boolean.class).orElse(false));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PhysioRx will not start with unsafe secrets: " + String.join("; ", problems)
                    + ". Set them in the environment (see .env.example).");
        }
    }
}
