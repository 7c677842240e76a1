package app.physiorx.handout;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The caseload's "download handouts" form posts here: a POST with the CSRF token, because the first
 * handout after a sign-in was issued prints that sign-in and uses it up. A GET (a bookmarked link)
 * gives the same handouts without any sign-in, so it changes nothing.
 */
@app.physiorx.audit.Audited(value = "handout", action = "handout.download")
@Path("/portal/handouts")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
public class PortalBulkHandouts {
    private final CurrentUser currentUser;
    private final HandoutService handouts;

    public PortalBulkHandouts(CurrentUser currentUser, HandoutService handouts) {
        this.currentUser = currentUser;
        this.handouts = handouts;
    }

    @GET
    @Path("bulk.zip")
    @Produces({"application/zip", "text/html"})
    @Operation(hidden = true)
    public Response bulk(@QueryParam("patientId") List<Long> patientIds, @QueryParam("largePrint") boolean largePrint) {
        return BulkHandoutResource.zip(currentUser.account(), handouts, patientIds, largePrint, false);
    }

    @POST
    @Path("bulk.zip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({"application/zip", "text/html"})
    @Operation(hidden = true)
    public Response bulkWithSignIns(@RestForm("patientId") List<Long> patientIds, @RestForm("largePrint") boolean largePrint) {
        return BulkHandoutResource.zip(currentUser.account(), handouts, patientIds, largePrint, true);
    }
}
