package app.physiorx.program;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.program.ProgramApi.Change;
import app.physiorx.program.ProgramApi.NewProgram;
import app.physiorx.program.ProgramApi.ProgramHistory;
import app.physiorx.program.ProgramApi.ProgramInput;
import app.physiorx.program.ProgramApi.ProgramSummary;
import app.physiorx.program.ProgramApi.ProgramView;
import app.physiorx.program.ProgramApi.PublishResult;
import app.physiorx.program.ProgramApi.VersionSummary;
import app.physiorx.program.ProgramApi.VersionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@app.physiorx.audit.Audited("program")
@Path("/api/programs")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
public class ProgramResource {
    private final CurrentUser currentUser;
    private final ProgramService programs;

    public ProgramResource(CurrentUser currentUser, ProgramService programs) {
        this.currentUser = currentUser;
        this.programs = programs;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The program's draft with its items")
    public ProgramView get(@PathParam("id") long id) {
        return programs.get(currentUser.account(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the draft (send the version you read; 409 when someone saved since)")
    public ProgramView update(@PathParam("id") long id, @Valid @NotNull ProgramInput input) {
        return programs.update(currentUser.account(), id, input);
    }

    @GET
    @Path("{id}/changes")
    @Operation(summary = "What publishing the draft now would change")
    public List<Change> pending(@PathParam("id") long id) {
        return programs.pendingChanges(currentUser.account(), id);
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish the draft as the next immutable version; answers the version and what changed")
    public PublishResult publish(@PathParam("id") long id, @QueryParam("version") @Min(0) Integer version) {
        return programs.publish(currentUser.account(), id, version);
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Archive the program: the patient no longer follows it")
    public ProgramView archive(@PathParam("id") long id) {
        return programs.archive(currentUser.account(), id);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Published versions, newest first")
    public List<VersionSummary> versions(@PathParam("id") long id) {
        return programs.versions(currentUser.account(), id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The program's history: versions with their changes, and alert-setting changes (who, when, from, to)")
    public ProgramHistory history(@PathParam("id") long id) {
        return programs.programHistory(currentUser.account(), id);
    }

    @GET
    @Path("{id}/versions/{n}")
    @Operation(summary = "One published version")
    public VersionView version(@PathParam("id") long id, @PathParam("n") int number) {
        return programs.version(currentUser.account(), id, number);
    }

    @GET
    @Path("{id}/versions/{n}/changes")
    @Operation(summary = "What changed from the previous version (or from version 'from') to version n")
    public List<Change> changes(@PathParam("id") long id, @PathParam("n") int number, @QueryParam("from") Integer from) {
        return programs.diff(currentUser.account(), id, from != null ? from : number - 1, number);
    }
}
