package app.physiorx.portal;

import app.physiorx.account.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public landing page and the post-login switch to the home that fits the role. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SiteResource {
    private final CurrentUser currentUser;

    public SiteResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing();
    }

    @GET
    @PermitAll
    @app.physiorx.audit.Audited("") // the public landing page: no patient data
    @Operation(hidden = true)
    public TemplateInstance landing() {
        return Templates.landing();
    }

    /** Protected by the code flow: after Keycloak's login, staff go to the portal and patients to /me. */
    @GET
    @Path("login")
    @Authenticated
    @app.physiorx.audit.Audited("") // a redirect to the caller's home: no patient data
    @Operation(hidden = true)
    public Response login() {
        String home = currentUser.account().isStaff() ? "/portal" : "/me";
        return Response.seeOther(URI.create(home)).build();
    }
}
