package app.physiorx.handout;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The PDF handout of a published version, for the patient's care team (beside the program API under the same path). */
@Path("/api/programs")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Tag(name = "Programs")
public class ProgramHandoutResource {
    private final CurrentUser currentUser;
    private final HandoutService handouts;

    public ProgramHandoutResource(CurrentUser currentUser, HandoutService handouts) {
        this.currentUser = currentUser;
        this.handouts = handouts;
    }

    @GET
    @Audited(value = "handout", action = "handout.download")
    @Path("{id}/versions/{n}/handout.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The PDF handout of one published version (largePrint=true for about 1.5× text)")
    public Response handout(@PathParam("id") long id, @PathParam("n") int number, @QueryParam("largePrint") boolean largePrint) {
        return HandoutResponse.of(handouts.forStaff(currentUser.account(), id, number, largePrint));
    }
}
