package app.physiorx.auditreport;

import app.physiorx.audit.Audited;
import app.physiorx.common.InvalidInputException;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.auditreport.AuditService.AccessReport;
import app.physiorx.auditreport.AuditService.AuditPage;
import app.physiorx.auditreport.AuditService.Filter;
import app.physiorx.auditreport.AuditChainService.ChainAnswer;
import app.physiorx.auditreport.AuditChainService.WalkView;
import app.physiorx.common.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail for clinic admins: their clinic's events, a patient's access report, CSV, chain check. */
@Audited("audit")
@Path("/api/audit")
@RolesAllowed(Role.CLINIC_ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final AuditChainService chain;

    public AuditResource(CurrentUser currentUser, AuditService audit, AuditChainService chain) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.chain = chain;
    }

    /** The filter from query parameters; a 400 naming the parameter for a date that is not YYYY-MM-DD. */
    public static Filter filter(String patientId, String user, String action, String from, String to) {
        Long patient = null;
        if (patientId != null && !patientId.isBlank()) {
            try {
                patient = Long.valueOf(patientId.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.field("patientId", "must be a number");
            }
        }
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (f != null && t != null && t.isBefore(f)) {
            throw InvalidInputException.field("to", "cannot be before from");
        }
        return new Filter(patient, user, action, f, t);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "enter a date as YYYY-MM-DD");
        }
    }

    @GET
    @Operation(summary = "Audit events of the clinic (by its users or about its patients), newest first")
    public AuditPage list(@QueryParam("patientId") String patientId, @QueryParam("user") String user,
                          @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        return audit.search(currentUser.account(), filter(patientId, user, action, from, to),
                Paging.number("page", page, 0, 0, 100_000), Paging.number("size", size, 50, 1, 500));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The same events as CSV: every matching row, streamed")
    public Response export(@QueryParam("patientId") String patientId, @QueryParam("user") String user,
                           @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        Filter f = filter(patientId, user, action, from, to);
        var admin = currentUser.account();
        StreamingOutput body = out -> audit.exportCsv(admin, f, out);
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"physiorx-audit-" + LocalDate.now() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("patients/{patientId}")
    @Operation(summary = "Access report: everyone who touched one patient's record, and every event")
    public AccessReport report(@PathParam("patientId") long patientId) {
        return audit.accessReport(currentUser.account(), patientId);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Check the audit trail's hash chain from the newest checkpoint (the whole chain while there is none); "
            + "the answer counts and names the caller's clinic's events only")
    public ChainAnswer verify() {
        return chain.check(currentUser.account());
    }

    @POST
    @Path("verify/full")
    @Operation(summary = "Start the background walk of the whole chain (or answer the one running)")
    public Response startFullWalk() {
        return Response.accepted(chain.startFullWalk(currentUser.account())).build();
    }

    @GET
    @Path("verify/full")
    @Operation(summary = "The newest walk of the whole chain: progress, or when it ran, what it covered and its result "
            + "(status NONE before the first)")
    public WalkView fullWalk() {
        return chain.latest(currentUser.account()).orElse(WalkView.NONE);
    }
}
