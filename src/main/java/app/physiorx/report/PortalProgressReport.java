package app.physiorx.report;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.audit.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The progress report downloaded from the patient's page (the portal's sign-in); the same PDF as the API's. */
@Audited("report")
@Path("/portal/patients/{id}/progress-report.pdf")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
public class PortalProgressReport {
    private final CurrentUser currentUser;
    private final ProgressReportService reports;

    public PortalProgressReport(CurrentUser currentUser, ProgressReportService reports) {
        this.currentUser = currentUser;
        this.reports = reports;
    }

    @GET
    @Produces({"application/pdf", "text/html"})
    @Operation(hidden = true)
    public Response report(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return ProgressReportResource.response(reports.pdf(currentUser.account(), id,
                ProgressReportResource.date("from", from), ProgressReportResource.date("to", to)));
    }
}
