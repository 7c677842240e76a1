package app.physiorx.patient;

import app.physiorx.web.Locations;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.common.Page;
import app.physiorx.common.Paging;
import app.physiorx.patient.PatientApi.PatientAccess;
import app.physiorx.patient.PatientApi.PatientInput;
import app.physiorx.patient.PatientApi.PatientListItem;
import app.physiorx.patient.PatientApi.PatientView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@app.physiorx.audit.Audited("patient")
@Path("/api/patients")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class PatientResource {
    private final CurrentUser currentUser;
    private final PatientService patients;

    public PatientResource(CurrentUser currentUser, PatientService patients) {
        this.currentUser = currentUser;
        this.patients = patients;
    }

    @GET
    @Operation(summary = "The caller's caseload (clinic admins: the whole clinic), most recent activity first")
    public Page<PatientListItem> list(@QueryParam("q") String q, @QueryParam("status") String status,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return patients.list(currentUser.account(), q, status, Paging.number("page", page, 0, 0, 10_000),
                Paging.number("size", size, 20, 1, 100));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a patient; creates their Keycloak account and answers its temporary password once")
    public Response create(@Valid @NotNull PatientInput input) {
        PatientAccess created = patients.create(currentUser.account(), input);
        return Response.created(Locations.of(PatientResource.class, "get", created.patient().id())).entity(created)
                .cacheControl(noStore()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One patient of the caller's caseload")
    public PatientView get(@PathParam("id") long id) {
        return patients.get(currentUser.account(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a patient (send the version you read); discharging disables their sign-in")
    public PatientView update(@PathParam("id") long id, @Valid @NotNull PatientInput input) {
        return patients.update(currentUser.account(), id, input);
    }

    @POST
    @Path("{id}/access")
    @app.physiorx.audit.Audited(value = "patient", action = "patient.access-reissued")
    @Operation(summary = "Issue a new temporary password (the old one stops working)")
    public Response access(@PathParam("id") long id) {
        return Response.ok(patients.issueAccess(currentUser.account(), id)).cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
