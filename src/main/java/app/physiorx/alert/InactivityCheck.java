package app.physiorx.alert;

import app.physiorx.config.PhysioRxConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.logging.Logger;

/** Once a day: patients who have not logged a session for their program's number of days. */
@ApplicationScoped
public class InactivityCheck {
    private static final Logger LOG = Logger.getLogger(InactivityCheck.class);

    private final AlertService alerts;
    private final ZoneId zone;

    public InactivityCheck(AlertService alerts, PhysioRxConfig config) {
        this.alerts = alerts;
        this.zone = config.timeZone();
    }

    @Scheduled(cron = "{physiorx.inactivity.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int raised = alerts.checkInactivity(LocalDate.now(zone));
        LOG.infof("Daily inactivity check: %d alert(s) raised or repeated", raised);
    }
}
