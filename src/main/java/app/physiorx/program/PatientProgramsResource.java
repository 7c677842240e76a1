package app.physiorx.program;

import app.physiorx.web.Locations;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.program.ProgramApi.NewProgram;
import app.physiorx.program.ProgramApi.ProgramSummary;
import app.physiorx.program.ProgramApi.ProgramView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

@app.physiorx.audit.Audited("program")
@Path("/api/patients/{patientId}/programs")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
public class PatientProgramsResource {
    private final CurrentUser currentUser;
    private final ProgramService programs;

    public PatientProgramsResource(CurrentUser currentUser, ProgramService programs) {
        this.currentUser = currentUser;
        this.programs = programs;
    }

    @GET
    @Operation(summary = "A patient's programs")
    public List<ProgramSummary> list(@PathParam("patientId") long patientId) {
        return programs.listForPatient(currentUser.account(), patientId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a program (a draft): from scratch, from a template, or by copying another program")
    public Response create(@PathParam("patientId") long patientId, @Valid @NotNull NewProgram request) {
        ProgramView created = programs.create(currentUser.account(), patientId, request);
        return Response.created(Locations.of(ProgramResource.class, "get", created.id())).entity(created).build();
    }
}
