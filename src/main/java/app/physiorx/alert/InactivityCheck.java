package app.physiorx.alert;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Once a day: patients who have not logged a session for their program's number of days. */
@ApplicationScoped
public class InactivityCheck {
    private static final Logger LOG = Logger.getLogger(InactivityCheck.class);

    private final AlertService alerts;
    private final ZoneId zone;

    public InactivityCheck(AlertService alerts, @ConfigProperty(name = "physiorx.time-zone") ZoneId zone) {
        this.alerts = alerts;
        this.zone = zone;
    }

    @Scheduled(cron = "{physiorx.inactivity.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int raised = alerts.checkInactivity(LocalDate.now(zone));
        LOG.infof("Daily inactivity check: %d alert(s) raised or repeated", raised);
    }
}
