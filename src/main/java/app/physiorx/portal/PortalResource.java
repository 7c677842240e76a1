package app.physiorx.portal;

import app.physiorx.account.Account;
import app.physiorx.account.ClinicView;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.StaffDirectory;
import app.physiorx.account.Role;
import app.physiorx.clinic.ClinicService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The therapists' and clinic admins' portal. */
@Path("/portal")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class PortalResource {
    private final CurrentUser currentUser;
    private final ClinicService clinics;
    private final StaffDirectory staff;
    private final app.physiorx.alert.AlertService alerts;

    public PortalResource(CurrentUser currentUser, ClinicService clinics, StaffDirectory staff,
                          app.physiorx.alert.AlertService alerts) {
        this.alerts = alerts;
        this.currentUser = currentUser;
        this.clinics = clinics;
        this.staff = staff;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Account account, ClinicView clinic,
                                                 app.physiorx.alert.AlertApi.AlertPage open, app.physiorx.alert.AlertApi.Counts counts);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance dashboard() {
        Account account = currentUser.account();
        return Templates.dashboard(account, ClinicView.of(clinics.details(account.clinicId()), staff.headCounts(account.clinicId())),
                alerts.list(account, app.physiorx.alert.AlertStatus.OPEN, null, null, 0, 10), alerts.openCounts(account));
    }
}
