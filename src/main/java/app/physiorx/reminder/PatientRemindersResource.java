package app.physiorx.reminder;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.reminder.ReminderApi.ReminderInput;
import app.physiorx.reminder.ReminderApi.ReminderView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's reminders over the JSON API, for their care team (their caseload; anyone else's answers 404). */
@app.physiorx.audit.Audited("reminder")
@Path("/api/patients/{patientId}/reminders")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class PatientRemindersResource {
    private final CurrentUser currentUser;
    private final ReminderService reminders;

    public PatientRemindersResource(CurrentUser currentUser, ReminderService reminders) {
        this.currentUser = currentUser;
        this.reminders = reminders;
    }

    @GET
    @Operation(summary = "The patient's reminders: times, days, email on or off, whether a calendar link is issued")
    public ReminderView forPatient(@PathParam("patientId") long patientId) {
        return reminders.forPatient(currentUser.account(), patientId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the patient's reminder times (1-3, HH:mm, clinic's zone), days (empty: the program's) and email")
    public ReminderView save(@PathParam("patientId") long patientId, @NotNull @Valid ReminderInput input) {
        return reminders.save(currentUser.account(), patientId, input);
    }
}
