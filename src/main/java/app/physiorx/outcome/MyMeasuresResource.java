package app.physiorx.outcome;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.outcome.OutcomeApi.MeasureView;
import app.physiorx.outcome.OutcomeApi.ResponseInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** The signed-in patient's questionnaires, for a phone app: what is due, answering, their own progress. */
@app.physiorx.audit.Audited("outcome")
@Path("/api/me/measures")
@RolesAllowed(Role.PATIENT_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures")
public class MyMeasuresResource {
    private final CurrentUser currentUser;
    private final OutcomeService outcomes;

    public MyMeasuresResource(CurrentUser currentUser, OutcomeService outcomes) {
        this.currentUser = currentUser;
        this.outcomes = outcomes;
    }

    @GET
    @Operation(summary = "My questionnaires: questions, what is due (nextDue), my scores and how they changed")
    public List<MeasureView> list() {
        return outcomes.mine(currentUser.account());
    }

    @POST
    @Path("{measureId}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a questionnaire that is due. Sending the same clientId again answers the first result (200);"
            + " a clientId reused for other answers answers 409")
    public Response respond(@PathParam("measureId") long measureId, @NotNull ResponseInput input) {
        OutcomeService.Responded responded = outcomes.respond(currentUser.account(), measureId, input);
        return Response.status(responded.replay() ? Response.Status.OK : Response.Status.CREATED).entity(responded.result()).build();
    }
}
