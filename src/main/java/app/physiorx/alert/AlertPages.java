package app.physiorx.alert;

import app.physiorx.web.Locations;
import app.physiorx.common.ConflictException;
import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.alert.AlertApi.AlertDetails;
import app.physiorx.alert.AlertApi.AlertPage;
import app.physiorx.alert.AlertApi.Counts;
import app.physiorx.common.Paging;
import app.physiorx.progress.ProgressCharts;
import app.physiorx.progress.PainRules.Severity;
import app.physiorx.progress.SessionService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/** The care team's alert pages: the list, one alert with its sessions and pain trend, and live updates. */
@app.physiorx.audit.Audited("alert")
@Path("/portal/alerts")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class AlertPages {
    private final CurrentUser currentUser;
    private final AlertService alerts;
    private final AlertStream stream;
    private final io.quarkus.security.identity.SecurityIdentity identity;
    private final SessionService sessions;
    private final app.physiorx.web.PageLocale pageLocale;

    public AlertPages(CurrentUser currentUser, AlertService alerts, AlertStream stream, SessionService sessions,
                      io.quarkus.security.identity.SecurityIdentity identity, app.physiorx.web.PageLocale pageLocale) {
        this.pageLocale = pageLocale;
        this.currentUser = currentUser;
        this.alerts = alerts;
        this.stream = stream;
        this.identity = identity;
        this.sessions = sessions;
    }

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance list(AlertPage alerts, String status, String severity);

        public static native TemplateInstance alert(AlertDetails details, ProgressCharts.PainChart painChart, String error,
                                                    String confirmation);

        /** The open alerts by severity (dashboard panel), refreshed live. */
        public static native TemplateInstance panel(AlertPage open, Counts counts);

        /** The navigation link with its count, refreshed live. */
        public static native TemplateInstance nav(Counts counts);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("status") @DefaultValue("OPEN") String status,
                                 @QueryParam("severity") String severity, @QueryParam("page") String page) {
        AlertStatus s = AlertApi.filter(AlertStatus.class, "status", status);
        Severity sev = AlertApi.filter(Severity.class, "severity", severity);
        return Templates.list(alerts.list(currentUser.account(), s, sev, null, Paging.number("page", page, 0, 0, 10_000), 50),
                s == null ? "" : s.name(), sev == null ? "" : sev.name());
    }

    @GET
    @Path("panel")
    @Operation(hidden = true)
    public TemplateInstance panel() {
        Account account = currentUser.account();
        return Templates.panel(alerts.list(account, AlertStatus.OPEN, null, null, 0, 10), alerts.openCounts(account));
    }

    @GET
    @Path("nav")
    @app.physiorx.audit.Audited("") // counts only
    @Operation(hidden = true)
    public TemplateInstance nav() {
        return Templates.nav(alerts.openCounts(currentUser.account()));
    }

    @GET
    @Path("stream")
    @app.physiorx.audit.Audited("") // a live stream: AlertStream audits its opening, closing and each alert it carries
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        stream.open(currentUser.account(), AlertStream.expiry(identity), "GET /portal/alerts/stream", sink, sse);
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance alert(@PathParam("id") long id, @QueryParam("done") String done) {
        return page(id, null, "acknowledged".equals(done) ? pageLocale.portal().alert_acknowledged()
                : "resolved".equals(done) ? pageLocale.portal().alert_resolvedDone() : null);
    }

    private TemplateInstance page(long id, String error) {
        return page(id, error, null);
    }

    private TemplateInstance page(long id, String error, String confirmation) {
        Account account = currentUser.account();
        AlertDetails details = alerts.get(account, id);
        var recent = sessions.forStaffSince(account, details.alert().patientId(), sessions.today().minusWeeks(8));
        return Templates.alert(details, ProgressCharts.painChart(recent, pageLocale.get()), error, confirmation);
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response acknowledge(@PathParam("id") long id, @RestForm String note, @RestForm String version) {
        return act(id, note, version, true);
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response resolve(@PathParam("id") long id, @RestForm String note, @RestForm String version) {
        return act(id, note, version, false);
    }

    private Response act(long id, String note, String version, boolean acknowledge) {
        Account account = currentUser.account();
        if (note != null && note.length() > 1000) {
            return Response.status(400).entity(page(id, pageLocale.portal().alert_noteTooLong())).build();
        }
        Integer expected = null;
        try {
            expected = version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return Response.status(400).entity(page(id, pageLocale.portal().alert_outOfDate())).build();
        }
        try {
            AlertApi.Action action = new AlertApi.Action(note, expected);
            if (acknowledge) {
                alerts.acknowledge(account, id, action);
            } else {
                alerts.resolve(account, id, action);
            }
        } catch (ConflictException e) {
            return Response.status(409).entity(page(id, pageLocale.sentence(e.getMessage()))).build();
        }
        return Response.seeOther(java.net.URI.create(Locations.of(AlertPages.class, "alert", id) + "?done="
                + (acknowledge ? "acknowledged" : "resolved"))).build();
    }
}
