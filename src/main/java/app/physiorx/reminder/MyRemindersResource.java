package app.physiorx.reminder;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.reminder.ReminderApi.ReminderInput;
import app.physiorx.reminder.ReminderApi.ReminderView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in patient's own reminders over the JSON API, with their secret calendar link. */
@app.physiorx.audit.Audited("reminder")
@Path("/api/me/reminders")
@RolesAllowed(Role.PATIENT_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class MyRemindersResource {
    private final CurrentUser currentUser;
    private final ReminderService reminders;

    public MyRemindersResource(CurrentUser currentUser, ReminderService reminders) {
        this.currentUser = currentUser;
        this.reminders = reminders;
    }

    @GET
    @Operation(summary = "My reminders, with my secret calendar link if I have one")
    public ReminderView mine() {
        return reminders.mine(currentUser.account());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set my reminder times, days and email")
    public ReminderView saveMine(@NotNull @Valid ReminderInput input) {
        return reminders.saveMine(currentUser.account(), input);
    }

    @POST
    @Path("calendar")
    @Operation(summary = "Issue my calendar link (a new one replaces the old, which stops working)")
    public ReminderView issueCalendar() {
        return reminders.issueCalendar(currentUser.account());
    }

    @DELETE
    @Path("calendar")
    @Operation(summary = "Revoke my calendar link")
    public ReminderView revokeCalendar() {
        return reminders.revokeCalendar(currentUser.account());
    }
}
