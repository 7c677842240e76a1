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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in patient's own handout over the API (bearer token), beside their program under the same path. */
@Path("/api/me/program")
@RolesAllowed(Role.PATIENT_NAME)
@Tag(name = "Patient")
public class MyHandoutResource {
    private final CurrentUser currentUser;
    private final HandoutService handouts;

    public MyHandoutResource(CurrentUser currentUser, HandoutService handouts) {
        this.currentUser = currentUser;
        this.handouts = handouts;
    }

    @GET
    @Audited(value = "handout", action = "handout.download")
    @Path("handout.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The PDF handout of the signed-in patient's current program")
    public Response handout(@QueryParam("largePrint") boolean largePrint) {
        return HandoutResponse.of(handouts.forPatient(currentUser.account(), largePrint));
    }
}
