package app.physiorx.template;

import app.physiorx.web.Locations;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.template.TemplateApi.TemplateInput;
import app.physiorx.template.TemplateApi.TemplateSummary;
import app.physiorx.template.TemplateApi.TemplateView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/templates")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protocol templates")
public class TemplateResource {
    private final CurrentUser currentUser;
    private final TemplateService templates;

    public TemplateResource(CurrentUser currentUser, TemplateService templates) {
        this.currentUser = currentUser;
        this.templates = templates;
    }

    @GET
    @Operation(summary = "Templates that ship with PhysioRx and your clinic's own")
    public List<TemplateSummary> list() {
        return templates.list(currentUser.account());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One template with its ordered exercises and dosages")
    public TemplateView get(@PathParam("id") long id) {
        return templates.get(currentUser.account(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a template for your clinic")
    public Response create(@Valid @NotNull TemplateInput input) {
        TemplateView created = templates.create(currentUser.account(), input);
        return Response.created(Locations.of(TemplateResource.class, "get", created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one of your clinic's templates (send the version you read; 409 if it changed since)")
    public TemplateView update(@PathParam("id") long id, @Valid @NotNull TemplateInput input) {
        return templates.update(currentUser.account(), id, input);
    }
}
