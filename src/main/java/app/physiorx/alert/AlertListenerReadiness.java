package app.physiorx.alert;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the alert listener listens: an instance that would not pass live alerts on to its
 * open pages takes no traffic (after a database restart it is DOWN until the listener is back and has
 * read back what it missed).
 */
@Readiness
@ApplicationScoped
public class AlertListenerReadiness implements HealthCheck {
    private final AlertBus bus;

    public AlertListenerReadiness(AlertBus bus) {
        this.bus = bus;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Alert listener").status(bus.isListening()).build();
    }
}
