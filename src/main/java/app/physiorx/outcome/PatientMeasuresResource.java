package app.physiorx.outcome;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.outcome.OutcomeApi.MeasureView;
import app.physiorx.outcome.OutcomeApi.NewMeasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's outcome measures, for their care team: schedule, what is due, scores and the change that matters. */
@app.physiorx.audit.Audited("outcome")
@Path("/api/patients/{patientId}/measures")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures")
public class PatientMeasuresResource {
    private final CurrentUser currentUser;
    private final OutcomeService outcomes;

    public PatientMeasuresResource(CurrentUser currentUser, OutcomeService outcomes) {
        this.currentUser = currentUser;
        this.outcomes = outcomes;
    }

    @GET
    @Operation(summary = "The patient's measures with their schedule, next due date, scores, change and verdict")
    public List<MeasureView> list(@PathParam("patientId") long patientId) {
        return outcomes.forStaff(currentUser.account(), patientId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a measure to one of the patient's programs: at the start, every N weeks and/or at discharge")
    public Response add(@PathParam("patientId") long patientId, @NotNull NewMeasure input) {
        MeasureView created = outcomes.add(currentUser.account(), patientId, input);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("{measureId}")
    @Operation(summary = "Stop a measure: nothing more is due; its answers stay")
    public Response remove(@PathParam("patientId") long patientId, @PathParam("measureId") long measureId) {
        outcomes.remove(currentUser.account(), patientId, measureId);
        return Response.noContent().build();
    }
}
