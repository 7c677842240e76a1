package app.physiorx.handout;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.audit.Audited;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/** A version's handout from the program pages: the PDF, and the same content as a print-friendly page. */
@Audited(value = "handout", action = "handout.download")
@Path("/portal/programs/{id}")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class HandoutPages {
    private final CurrentUser currentUser;
    private final HandoutService handouts;

    public HandoutPages(CurrentUser currentUser, HandoutService handouts) {
        this.currentUser = currentUser;
        this.handouts = handouts;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance print(HandoutData handout);
    }

    @GET
    @Audited(value = "handout", action = "handout.download")
    @Path("versions/{n}/handout.pdf")
    @Produces("application/pdf")
    @Operation(hidden = true)
    public Response handout(@PathParam("id") long id, @PathParam("n") int number, @QueryParam("largePrint") boolean largePrint) {
        return HandoutResponse.of(handouts.forStaff(currentUser.account(), id, number, largePrint, false));
    }

    /** The handout with the patient's pending sign-in printed on it (once): an explicit POST with the CSRF token. */
    @POST
    @Audited(value = "handout", action = "handout.download")
    @Path("versions/{n}/handout.pdf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("application/pdf")
    @Operation(hidden = true)
    public Response handoutWithSignIn(@PathParam("id") long id, @PathParam("n") int number,
                                      @RestForm("largePrint") boolean largePrint) {
        return HandoutResponse.of(handouts.forStaff(currentUser.account(), id, number, largePrint, true));
    }

    /** The handout as a print-friendly web page, from the same data as the PDF. */
    @GET
    @Audited("program")
    @Path("versions/{n}/print")
    @Operation(hidden = true)
    public TemplateInstance print(@PathParam("id") long id, @PathParam("n") int number) {
        return Templates.print(handouts.dataForStaff(currentUser.account(), id, number));
    }
}
