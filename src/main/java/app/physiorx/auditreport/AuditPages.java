package app.physiorx.auditreport;

import app.physiorx.audit.Audited;
import app.physiorx.common.InvalidInputException;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.auditreport.AuditService.AccessReport;
import app.physiorx.auditreport.AuditService.AuditPage;
import app.physiorx.common.Paging;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The clinic admins' audit pages: filter, page through, export; a patient's access report. */
@Audited("audit")
@Path("/portal/audit")
@RolesAllowed(Role.CLINIC_ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AuditPages {
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final AuditChainService chain;

    public AuditPages(CurrentUser currentUser, AuditService audit, AuditChainService chain) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.chain = chain;
    }

    /** What the filter form shows again. */
    public record Query(String patientId, String user, String action, String from, String to) {
        public String params() {
            StringBuilder q = new StringBuilder();
            for (var e : Map.of("patientId", nz(patientId), "user", nz(user), "action", nz(action), "from", nz(from), "to", nz(to))
                    .entrySet()) {
                if (!e.getValue().isBlank()) {
                    q.append('&').append(e.getKey()).append('=')
                            .append(java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return q.toString();
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AuditPage events, Query query, String error, AuditChainService.WalkView walk);

        static native TemplateInstance chain(AuditChainService.WalkView walk);

        static native TemplateInstance report(AccessReport report);
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("patientId") String patientId, @QueryParam("user") String user,
                         @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") String page) {
        Query query = new Query(patientId, user, action, from, to);
        try {
            AuditService.Filter filter = AuditResource.filter(patientId, user, action, from, to);
            return Response.ok(Templates.list(audit.search(currentUser.account(), filter, Paging.number("page", page, 0, 0, 100_000),
                    50), query, null, walk())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.list(AuditPage.empty(50), query,
                    e.getMessage(), walk())).build();
        }
    }

    private AuditChainService.WalkView walk() {
        return chain.latest(currentUser.account()).orElse(null);
    }

    /** The full check's panel alone: what the page polls while a check runs. */
    @GET
    @Path("chain")
    @Operation(hidden = true)
    public TemplateInstance chain() {
        return Templates.chain(walk());
    }

    @POST
    @Path("chain/full")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response startFullWalk() {
        chain.startFullWalk(currentUser.account());
        return Response.seeOther(app.physiorx.web.Locations.of(AuditPages.class, "list")).build();
    }

    @GET
    @Path("patients/{patientId}")
    @Operation(hidden = true)
    public TemplateInstance report(@PathParam("patientId") long patientId) {
        return Templates.report(audit.accessReport(currentUser.account(), patientId));
    }
}
