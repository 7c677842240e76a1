package app.physiorx.outcome;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.outcome.OutcomeApi.InstrumentView;
import app.physiorx.web.Locations;
import jakarta.annotation.security.RolesAllowed;
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

/** The outcome measures a clinic may use: the built-ins and its own imports (FHIR R4 Questionnaire). No patient data. */
@app.physiorx.audit.Audited("") // instrument definitions: no patient data
@Path("/api/instruments")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures")
public class InstrumentResource {
    private final CurrentUser currentUser;
    private final InstrumentService outcomes;

    public InstrumentResource(CurrentUser currentUser, InstrumentService outcomes) {
        this.currentUser = currentUser;
        this.outcomes = outcomes;
    }

    @GET
    @Operation(summary = "The built-in instruments and the clinic's own, each version")
    public List<InstrumentView> list() {
        return outcomes.instruments(currentUser.account());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One instrument version: its questions, answer options and scoring")
    public InstrumentView get(@PathParam("id") long id) {
        return outcomes.get(currentUser.account(), id);
    }

    @POST
    @Consumes({"application/fhir+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Import an instrument (clinic admin): a FHIR R4 Questionnaire with the PhysioRx scoring extension."
            + " A changed instrument is imported under a new version")
    public Response importInstrument(String questionnaire) {
        InstrumentView created = outcomes.importInstrument(currentUser.account(), questionnaire);
        return Response.created(Locations.of(InstrumentResource.class, "get", created.id())).entity(created).build();
    }
}
