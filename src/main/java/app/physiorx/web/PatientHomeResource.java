package app.physiorx.web;

import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The patient's own page, phone first. */
@Path("/me")
@RolesAllowed(Role.PATIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class PatientHomeResource {
    private final CurrentUser currentUser;

    public PatientHomeResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Account account);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance home() {
        return Templates.home(currentUser.account());
    }
}
