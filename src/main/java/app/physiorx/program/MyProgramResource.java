package app.physiorx.program;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.program.ProgramApi.VersionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@app.physiorx.audit.Audited("program")
@Path("/api/me/program")
@RolesAllowed(Role.PATIENT_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patient")
public class MyProgramResource {
    private final CurrentUser currentUser;
    private final ProgramService programs;

    public MyProgramResource(CurrentUser currentUser, ProgramService programs) {
        this.currentUser = currentUser;
        this.programs = programs;
    }

    @GET
    @Operation(summary = "The signed-in patient's current program (its newest published version, the active stage's exercises)")
    public VersionView current() {
        return PublishedItemText.filled(programs.currentForPatient(currentUser.account()).forPatient());
    }
}
