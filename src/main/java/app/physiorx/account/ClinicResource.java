package app.physiorx.account;

import app.physiorx.clinic.ClinicService;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/clinic")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinic")
public class ClinicResource {
    private final CurrentUser currentUser;
    private final ClinicService clinics;
    private final StaffDirectory staff;

    public ClinicResource(CurrentUser currentUser, ClinicService clinics, StaffDirectory staff) {
        this.currentUser = currentUser;
        this.clinics = clinics;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "The caller's clinic with its head counts (therapists and clinic admins)")
    public ClinicView clinic() {
        long clinic = currentUser.account().clinicId();
        return ClinicView.of(clinics.details(clinic), staff.headCounts(clinic));
    }

    @GET
    @Path("therapists")
    @Operation(summary = "Therapists of the caller's clinic (those who have signed in), for assigning and sharing patients")
    public List<StaffRef> therapists() {
        return staff.therapists(currentUser.account().clinicId());
    }

    @PUT
    @Path("logo")
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Set the clinic's logo for handouts (PNG or JPEG, at most 2 MB; clinic admins)")
    public jakarta.ws.rs.core.Response logo(byte[] data) {
        clinics.setLogo(currentUser.account().clinicId(), data);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @PUT
    @RolesAllowed(Role.CLINIC_ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the clinic's name, phone, handout paper size and portal language (en or es; left out: unchanged) (clinic admins)")
    public ClinicView update(@Valid @NotNull ClinicService.ClinicSettings settings) {
        long clinic = currentUser.account().clinicId();
        return ClinicView.of(clinics.update(clinic, settings), staff.headCounts(clinic));
    }
}
