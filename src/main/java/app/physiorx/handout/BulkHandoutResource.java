package app.physiorx.handout;

import app.physiorx.common.InvalidInputException;
import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Current handouts of a selection of patients as one streamed ZIP (API and portal). */
@app.physiorx.audit.Audited(value = "handout", action = "handout.download")
@Path("/api/handouts")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Tag(name = "Handouts")
public class BulkHandoutResource {
    public static final int MAX_PATIENTS = 1000;

    private final CurrentUser currentUser;
    private final HandoutService handouts;

    public BulkHandoutResource(CurrentUser currentUser, HandoutService handouts) {
        this.currentUser = currentUser;
        this.handouts = handouts;
    }

    @GET
    @Path("bulk.zip")
    @Produces({"application/zip", "application/problem+json"})
    @Operation(summary = "The current handouts of the given patients (patientId repeated) as one ZIP, streamed")
    public Response bulk(@QueryParam("patientId") List<Long> patientIds, @QueryParam("largePrint") boolean largePrint) {
        return zip(currentUser.account(), handouts, patientIds, largePrint, true);
    }

    static Response zip(Account account, HandoutService handouts, List<Long> patientIds, boolean largePrint,
                        boolean printSignIn) {
        if (patientIds == null || patientIds.isEmpty()) {
            throw InvalidInputException.field("patientId", "choose at least one patient");
        }
        if (patientIds.size() > MAX_PATIENTS) {
            throw InvalidInputException.field("patientId", "at most " + MAX_PATIENTS + " patients at a time");
        }
        HandoutService.BulkPlan plan = handouts.planBulk(account, patientIds);
        StreamingOutput body = out -> handouts.writeBulk(plan, largePrint, printSignIn, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"handouts-" + LocalDate.now() + ".zip\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
