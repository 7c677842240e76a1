package app.physiorx.reminder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The two links that work without signing in, each by a secret of its own: the calendar feed a phone's calendar
 * subscribes to, and the page behind an email's unsubscribe link (its button, and mail apps' one-click unsubscribe,
 * POST to {@link UnsubscribeRoute}). An unknown or revoked secret answers 404.
 */
@app.physiorx.audit.Audited("reminder")
@Path("/")
@PermitAll
public class ReminderLinks {
    private final ReminderService reminders;

    public ReminderLinks(ReminderService reminders) {
        this.reminders = reminders;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(String token, boolean done);
    }

    @GET
    @Path("calendar/{token}.ics")
    @Produces("text/calendar")
    @Operation(hidden = true) // for calendar apps, not API clients: a patient's reminders by their secret link
    public Response feed(@PathParam("token") String token) {
        return Response.ok(reminders.feed(token), "text/calendar; charset=utf-8")
                .header("Cache-Control", "private, max-age=300").build();
    }

    @GET
    @Path("reminders/unsubscribe/{token}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance unsubscribePage(@PathParam("token") String token, @QueryParam("done") boolean done) {
        String language = reminders.unsubscribeLinkLanguage(token)
                .orElseThrow(() -> new app.physiorx.common.NotFoundException("This link"));
        return Templates.unsubscribe(token, done).setLocale(java.util.Locale.forLanguageTag(language));
    }
}
