package app.physiorx.progress;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.common.Paging;
import app.physiorx.progress.SessionApi.SessionPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's logged sessions, for their care team. */
@app.physiorx.audit.Audited("session")
@Path("/api/patients/{patientId}/sessions")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class PatientSessionsResource {
    private final CurrentUser currentUser;
    private final SessionService sessions;

    public PatientSessionsResource(CurrentUser currentUser, SessionService sessions) {
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    @GET
    @Operation(summary = "A patient's sessions, newest first")
    public SessionPage list(@PathParam("patientId") long patientId, @QueryParam("page") @DefaultValue("0") String page,
                            @QueryParam("size") @DefaultValue("20") String size) {
        return sessions.forStaff(currentUser.account(), patientId, Paging.number("page", page, 0, 0, 10_000),
                Paging.number("size", size, 20, 1, 100));
    }
}
