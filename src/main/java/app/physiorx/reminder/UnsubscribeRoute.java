package app.physiorx.reminder;

import app.physiorx.audit.AuditEntry;
import app.physiorx.audit.AuditLog;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * POST /reminders/unsubscribe/{secret}: one-click unsubscribe (RFC 8058), as a mail app sends it from the
 * List-Unsubscribe header, and as the button on the link's page sends it. A Vert.x route of its own, ahead of the
 * REST layer, because neither sender can carry our CSRF token: the secret in the path is what authorises it, and
 * all it can do is turn email reminders off. A browser is sent back to the page; a mail app gets 200.
 */
@ApplicationScoped
public class UnsubscribeRoute {
    static final String PREFIX = "/reminders/unsubscribe/";
    private final ReminderService reminders;
    private final AuditLog audit;

    public UnsubscribeRoute(ReminderService reminders, AuditLog audit) {
        this.reminders = reminders;
        this.audit = audit;
    }

    void register(@Observes Router router) {
        router.route(HttpMethod.POST, PREFIX + ":token").order(-100).blockingHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        String token = ctx.pathParam("token");
        java.util.Optional<Long> patient;
        try {
            patient = reminders.unsubscribe(token);
        } catch (RuntimeException e) {
            ctx.response().setStatusCode(503).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("This could not be done just now. Please try the link again later.");
            return;
        }
        // the REST layer's audit filter does not see this route: the change is written to the trail here
        audit.record(new AuditEntry(java.time.Instant.now(), null, "the unsubscribe link", null, null, "reminder.unsubscribe",
                "reminder", patient.map(String::valueOf).orElse(null), patient.orElse(null),
                patient.isPresent() ? AuditEntry.Outcome.ALLOWED : AuditEntry.Outcome.NOT_FOUND, "POST " + PREFIX + "{secret}",
                ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress(),
                ctx.request().getHeader("User-Agent")));
        if (patient.isEmpty()) {
            ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=utf-8").end("This link is not known.");
            return;
        }
        String accept = ctx.request().getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            ctx.response().setStatusCode(303).putHeader("Location", PREFIX + token + "?done=true").end();
        } else {
            ctx.response().setStatusCode(200).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Reminder emails are off.");
        }
    }
}
