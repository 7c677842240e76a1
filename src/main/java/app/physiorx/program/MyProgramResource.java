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

    private final ProgramMediaQueries media;
    private final app.physiorx.exercise.media.MediaStore store;

    public MyProgramResource(CurrentUser currentUser, ProgramService programs, ProgramMediaQueries media,
                             app.physiorx.exercise.media.MediaStore store) {
        this.media = media;
        this.store = store;
        this.currentUser = currentUser;
        this.programs = programs;
    }

    @GET
    @Operation(summary = "The signed-in patient's current program (its newest published version, the active stage's exercises), "
            + "in the patient's language: each item's language says which language its text is in (\"en\" for an "
            + "exercise not translated yet)")
    public VersionView current() {
        return PublishedItemText.filled(programs.currentToRead(currentUser.account()));
    }

    @GET
    @jakarta.ws.rs.Path("media/{mediaId}")
    @Produces({"image/png", "image/jpeg", "video/mp4", "video/webm", MediaType.APPLICATION_JSON})
    @app.physiorx.audit.Audited("media")
    @Operation(summary = "A picture, video or poster of the current version (as it was published); Range requests answer 206")
    public jakarta.ws.rs.core.Response media(@jakarta.ws.rs.PathParam("mediaId") long mediaId,
                                             @jakarta.ws.rs.HeaderParam("Range") String range,
                                             @jakarta.ws.rs.HeaderParam("If-None-Match") String ifNoneMatch) {
        app.physiorx.exercise.media.MediaApi.MediaFile found = media.forPatient(currentUser.account(), mediaId);
        return app.physiorx.exercise.media.MediaResponses.serve(store.open(found.sha256()), found, range, ifNoneMatch);
    }
}
