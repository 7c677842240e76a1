package app.physiorx.progress;

import app.physiorx.web.Locations;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.common.Paging;
import app.physiorx.progress.SessionApi.SessionInput;
import app.physiorx.progress.SessionApi.SessionPage;
import app.physiorx.progress.SessionApi.SessionResult;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.context.ManagedExecutor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in patient's sessions, for a phone app. */
@app.physiorx.audit.Audited("session")
@Path("/api/me/sessions")
@RolesAllowed(Role.PATIENT_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class MySessionsResource {
    private final CurrentUser currentUser;
    private final SessionService sessions;

    private final ManagedExecutor worker;

    public MySessionsResource(CurrentUser currentUser, SessionService sessions, ManagedExecutor worker) {
        this.worker = worker;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    @GET
    @Operation(summary = "My logged sessions, newest first")
    public SessionPage list(@QueryParam("page") @DefaultValue("0") String page,
                            @QueryParam("size") @DefaultValue("20") String size) {
        return sessions.mine(currentUser.account(), Paging.number("page", page, 0, 0, 10_000),
                Paging.number("size", size, 20, 1, 100));
    }

    /**
     * Non-blocking on purpose: the small JSON body is read and validated on the I/O thread (a blocking
     * endpoint reads it through a blocking stream that the I/O thread and the worker contend on, which
     * cost about half of the I/O threads' time under load); the database work then runs on a worker
     * with the request context.
     */
    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a session. Sending the same clientId again answers the first result and stores nothing"
            + " (200); a clientId reused for different content answers 409")
    public Uni<Response> log(@Valid @NotNull SessionInput input) {
        return Uni.createFrom().item(() -> {
            SessionService.Logged logged = sessions.log(currentUser.account(), input);
            if (logged.replay()) {
                return Response.ok(logged.result()).build();
            }
            return Response.created(Locations.of(MySessionsResource.class, "get", logged.result().session().id()))
                    .entity(logged.result()).build();
        }).runSubscriptionOn(worker);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my sessions, with the flags it raised")
    public SessionResult get(@PathParam("id") long id) {
        return sessions.mineOne(currentUser.account(), id);
    }
}
