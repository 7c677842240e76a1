package app.physiorx.report;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.audit.Audited;
import app.physiorx.common.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's progress report as a PDF, for their care team. */
@Audited("report")
@Path("/api/patients/{patientId}/progress-report.pdf")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Tag(name = "Patients")
public class ProgressReportResource {
    private final CurrentUser currentUser;
    private final ProgressReportService reports;

    public ProgressReportResource(CurrentUser currentUser, ProgressReportService reports) {
        this.currentUser = currentUser;
        this.reports = reports;
    }

    @GET
    @Produces("application/pdf")
    @Operation(summary = "The patient's progress report for a period (from and to as YYYY-MM-DD, both included; "
            + "by default the last eight weeks): programs, adherence and pain by week, outcome measures, alerts")
    public Response report(@PathParam("patientId") long patientId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return response(reports.pdf(currentUser.account(), patientId, date("from", from), date("to", to)));
    }

    /** A date query parameter: empty is none; anything but YYYY-MM-DD is a 400 naming the parameter. */
    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "enter a date as YYYY-MM-DD");
        }
    }

    /** The PDF as a download, never kept by shared caches. */
    static Response response(ProgressReportService.Pdf pdf) {
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
