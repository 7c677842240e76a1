package app.physiorx.alert;

import app.physiorx.account.CurrentUser;
import app.physiorx.alert.AlertApi.Counts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Open alert counts for the navigation ({@code inject:alertBadge}), read once per page and only for staff. */
@RequestScoped
@Named("alertBadge")
public class AlertBadge {
    private final CurrentUser currentUser;
    private final AlertService alerts;
    private Counts counts;

    public AlertBadge(CurrentUser currentUser, AlertService alerts) {
        this.currentUser = currentUser;
        this.alerts = alerts;
    }

    public Counts getCounts() {
        if (counts == null) {
            // Error pages may render on an I/O thread, where no database call is allowed: no badge there.
            counts = currentUser.isStaff() && io.quarkus.runtime.BlockingOperationControl.isBlockingAllowed()
                    ? alerts.openCounts(currentUser.account()) : new Counts(0, 0, 0);
        }
        return counts;
    }
}
