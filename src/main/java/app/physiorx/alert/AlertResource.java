package app.physiorx.alert;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.alert.AlertApi.Action;
import app.physiorx.alert.AlertApi.AlertDetails;
import app.physiorx.alert.AlertApi.AlertPage;
import app.physiorx.alert.AlertApi.AlertView;
import app.physiorx.alert.AlertApi.Counts;
import app.physiorx.common.Paging;
import app.physiorx.progress.PainRules.Severity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Alerts of the caller's patients (therapists: their own and shared; clinic admins: the clinic's). */
@app.physiorx.audit.Audited("alert")
@Path("/api/alerts")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {
    private final CurrentUser currentUser;
    private final AlertService alerts;
    private final AlertStream stream;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public AlertResource(CurrentUser currentUser, AlertService alerts, AlertStream stream,
                         io.quarkus.security.identity.SecurityIdentity identity) {
        this.currentUser = currentUser;
        this.alerts = alerts;
        this.stream = stream;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Alerts, open first and by severity; filter by status, severity and patient")
    public AlertPage list(@QueryParam("status") String status, @QueryParam("severity") String severity,
                          @QueryParam("patientId") Long patientId, @QueryParam("page") @DefaultValue("0") String page,
                          @QueryParam("size") @DefaultValue("20") String size) {
        return alerts.list(currentUser.account(), AlertApi.filter(AlertStatus.class, "status", status),
                AlertApi.filter(Severity.class, "severity", severity), patientId, Paging.number("page", page, 0, 0, 10_000),
                Paging.number("size", size, 20, 1, 100));
    }

    @GET
    @Path("counts")
    @app.physiorx.audit.Audited("") // counts only
    @Operation(summary = "Open alerts by severity")
    public Counts counts() {
        return alerts.openCounts(currentUser.account());
    }

    @GET
    @Path("stream")
    @app.physiorx.audit.Audited("") // a live stream: AlertStream audits its opening, closing and each alert it carries
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live alerts as Server-Sent Events (event \"alert\", JSON data)")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        stream.open(currentUser.account(), AlertStream.expiry(identity), "GET /api/alerts/stream", sink, sse);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One alert with the sessions that tripped it and its history")
    public AlertDetails get(@PathParam("id") long id) {
        return alerts.get(currentUser.account(), id);
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge an alert, with an optional note")
    public AlertView acknowledge(@PathParam("id") long id, @Valid Action action) {
        return alerts.acknowledge(currentUser.account(), id, action);
    }

    @POST
    @Path("{id}/resolve")
    @Operation(summary = "Resolve an alert, with an optional note")
    public AlertView resolve(@PathParam("id") long id, @Valid Action action) {
        return alerts.resolve(currentUser.account(), id, action);
    }
}
