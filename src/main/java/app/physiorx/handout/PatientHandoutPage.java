package app.physiorx.handout;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.audit.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in patient's own handout from their page (session), beside their home page under the same path. */
@Path("/me")
@RolesAllowed(Role.PATIENT_NAME)
public class PatientHandoutPage {
    private final CurrentUser currentUser;
    private final HandoutService handouts;

    public PatientHandoutPage(CurrentUser currentUser, HandoutService handouts) {
        this.currentUser = currentUser;
        this.handouts = handouts;
    }

    @GET
    @Audited(value = "handout", action = "handout.download")
    @Path("handout.pdf")
    @Produces("application/pdf")
    @Operation(hidden = true)
    public Response handout(@QueryParam("largePrint") boolean largePrint) {
        return HandoutResponse.of(handouts.forPatient(currentUser.account(), largePrint));
    }
}
