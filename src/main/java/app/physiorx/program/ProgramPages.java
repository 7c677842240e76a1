package app.physiorx.program;

import app.physiorx.web.Locations;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.common.Page;
import app.physiorx.exercise.ExerciseApi.ExerciseSummary;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.program.ProgramApi.Change;
import app.physiorx.program.ProgramApi.ItemView;
import app.physiorx.program.ProgramApi.ProgramHistory;
import app.physiorx.program.ProgramApi.ProgramView;
import app.physiorx.program.ProgramApi.VersionHistory;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramForms.DetailsForm;
import app.physiorx.program.ProgramForms.ItemForm;
import app.physiorx.web.FormErrors;
import app.physiorx.web.FormFlow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The program builder: the draft's items with inline dosage editing (htmx, or a plain form
 * post), the library beside it to add exercises, publishing with a confirmation that lists
 * the changes, and the version history with its differences.
 */
@app.physiorx.audit.Audited("program")
@Path("/portal/programs/{id}")
@RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class ProgramPages {
    private final CurrentUser currentUser;
    private final ProgramService programs;
    private final ExerciseService exercises;
    private final Validator validator;
    private final app.physiorx.web.PageLocale pageLocale;

    public ProgramPages(CurrentUser currentUser, ProgramService programs, ExerciseService exercises, Validator validator,
                        app.physiorx.web.PageLocale pageLocale) {
        this.pageLocale = pageLocale;
        this.currentUser = currentUser;
        this.programs = programs;
        this.exercises = exercises;
        this.validator = validator;
    }

    /**
     * One item of the builder with its dosage form and that form's errors; {@code open}: its editor is unfolded
     * (at most one is); {@code saved}: an htmx answer right after saving it, which also fills the page's status line.
     */
    public record ItemRow(ItemView item, ItemForm form, Map<String, String> errors, boolean open, boolean saved) {
        ItemRow(ItemView item, ItemForm form, Map<String, String> errors) {
            this(item, form, errors, !errors.isEmpty(), false);
        }

        public List<ProgramForms.ItemField> fields() {
            return ProgramForms.fields(item.id(), form, errors);
        }

        public boolean stageIs(int n) {
            return String.valueOf(n).equals(form.stage);
        }

        public String id(String name) {
            return "item-" + item.id() + "-" + name;
        }
    }

    /** The rows with the item {@code open} (if any) unfolded. */
    static List<ItemRow> rows(ProgramView program, Long open) {
        return program.items().stream().map(i -> new ItemRow(i, ItemForm.of(i), Map.of(),
                open != null && open == i.id(), false)).toList();
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance builder(ProgramView program, List<ItemRow> rows, DetailsForm details,
                                               Map<String, String> errors, String q, Page<ExerciseSummary> found,
                                               List<Change> pending, String status);

        static native TemplateInstance builder$item(ProgramView program, ItemRow row);

        static native TemplateInstance publish(ProgramView program, List<Change> changes);

        static native TemplateInstance versions(ProgramView program, ProgramHistory history, String status);

        static native TemplateInstance version(ProgramView program, VersionView version);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance builder(@PathParam("id") long id, @QueryParam("q") String q, @QueryParam("edit") Long edit,
                                    @QueryParam("saved") String saved) {
        Account account = currentUser.account();
        ProgramView program = programs.get(account, id);
        Long open = edit;
        String status = null;
        if ("details".equals(saved)) {
            status = pageLocale.portal().builder_savedDetails();
        } else if (saved != null) {
            open = program.items().stream().filter(i -> String.valueOf(i.id()).equals(saved)).map(ItemView::id)
                    .findFirst().orElse(open);
            status = program.items().stream().filter(i -> String.valueOf(i.id()).equals(saved)).findFirst()
                    .map(i -> pageLocale.portal().builder_saved(i.exerciseName())).orElse(null);
        }
        return builderPage(account, program, rows(program, open), DetailsForm.of(program), Map.of(), q, status);
    }

    private TemplateInstance builderPage(Account account, ProgramView program, List<ItemRow> rows, DetailsForm details,
                                         Map<String, String> errors, String q, String status) {
        return Templates.builder(program, rows, details, errors, q, library(q), programs.pendingChanges(account, program.id()),
                status);
    }

    private Page<ExerciseSummary> library(String q) {
        try {
            return exercises.search(currentUser.account(), new SearchQuery(q, null, null, null, null, "0", "12"));
        } catch (InvalidInputException e) {
            return new Page<>(List.of(), 0, 12, 0);
        }
    }

    @POST
    @Path("details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response details(@PathParam("id") long id, @BeanParam DetailsForm form) {
        Account account = currentUser.account();
        FormErrors errors = FormErrors.in(pageLocale);
        return FormFlow.submit(validator, form.toInput(errors), errors, valid -> {
            programs.updateDetails(account, id, valid);
            return java.net.URI.create(Locations.of(ProgramPages.class, id) + "?saved=details#details");
        }, shown -> {
            ProgramView program = programs.get(account, id);
            return builderPage(account, program, rows(program, null), form, shown.map(), null, null);
        });
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addItem(@PathParam("id") long id, @RestForm String exerciseId) {
        long exercise = app.physiorx.common.Paging.number("exerciseId", exerciseId, 0, 1, Integer.MAX_VALUE);
        programs.addItem(currentUser.account(), id, exercise);
        return Response.seeOther(Locations.withFragment(Locations.of(ProgramPages.class, id), "items")).build();
    }

    @POST
    @Path("items/{itemId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response updateItem(@PathParam("id") long id, @PathParam("itemId") long itemId, @BeanParam ItemForm form,
                               @HeaderParam("HX-Request") String htmx) {
        Account account = currentUser.account();
        ProgramView before = programs.get(account, id);
        ItemView item = before.items().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("The item"));
        FormErrors errors = FormErrors.in(pageLocale);
        var input = form.toInput(item.exerciseId(), errors);
        if (input != null) {
            errors.addAll(validator.validate(input));
        }
        ProgramView after = before;
        if (errors.isEmpty()) {
            try {
                after = programs.updateItem(account, id, itemId, input);
            } catch (InvalidInputException e) {
                errors.addAll(e);
            }
        }
        boolean partial = "true".equals(htmx);
        if (errors.isEmpty()) {
            if (!partial) {
                return Response.seeOther(java.net.URI.create(Locations.of(ProgramPages.class, id) + "?saved=" + itemId
                        + "#item-" + itemId)).build();
            }
            ProgramView saved = after;
            ItemView updated = saved.items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
            return Response.ok(Templates.builder$item(saved, new ItemRow(updated, ItemForm.of(updated), Map.of(), true, true)))
                    .build();
        }
        // htmx swaps only successful answers: the row with its errors comes back as 200 to an htmx call.
        if (partial) {
            return Response.ok(Templates.builder$item(before, new ItemRow(item, form, errors.map()))).build();
        }
        List<ItemRow> rows = new ArrayList<>(rows(before, null));
        rows.replaceAll(r -> r.item().id() == itemId ? new ItemRow(item, form, errors.map()) : r);
        return Response.status(400).entity(builderPage(account, before, rows, DetailsForm.of(before), Map.of(), null, null))
                .build();
    }

    @POST
    @Path("items/{itemId}/up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response up(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        programs.moveItem(currentUser.account(), id, itemId, -1);
        return Response.seeOther(Locations.withFragment(Locations.of(ProgramPages.class, id), "items")).build();
    }

    @POST
    @Path("items/{itemId}/down")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response down(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        programs.moveItem(currentUser.account(), id, itemId, 1);
        return Response.seeOther(Locations.withFragment(Locations.of(ProgramPages.class, id), "items")).build();
    }

    @POST
    @Path("items/{itemId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response remove(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        programs.removeItem(currentUser.account(), id, itemId);
        return Response.seeOther(Locations.withFragment(Locations.of(ProgramPages.class, id), "items")).build();
    }

    @GET
    @Path("publish")
    @Operation(hidden = true)
    public TemplateInstance confirmPublish(@PathParam("id") long id) {
        Account account = currentUser.account();
        return Templates.publish(programs.get(account, id), programs.pendingChanges(account, id));
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@PathParam("id") long id, @RestForm String version) {
        Integer expected = version == null || version.isBlank() ? null
                : app.physiorx.common.Paging.number("version", version, 0, 0, Integer.MAX_VALUE);
        Account account = currentUser.account();
        try {
            int number = programs.publish(account, id, expected).version().number();
            return Response.seeOther(java.net.URI.create(Locations.of(ProgramPages.class, "versions", id) + "?published=" + number))
                    .build();
        } catch (ConflictException e) {
            ProgramView program = programs.get(account, id);
            return Response.status(409).entity(builderPage(account, program, rows(program, null), DetailsForm.of(program),
                    Map.of(), null, pageLocale.sentence(e.getMessage()))).build();
        } catch (InvalidInputException e) {
            // shown beside the field it names (the active stage, or "items" in the page's status line)
            FormErrors errors = FormErrors.in(pageLocale);
            errors.addAll(e);
            ProgramView program = programs.get(account, id);
            return Response.status(400).entity(builderPage(account, program, rows(program, null), DetailsForm.of(program),
                    errors.map(), null, errors.map().get("items"))).build();
        }
    }

    @GET
    @Path("versions")
    @Operation(hidden = true)
    public TemplateInstance versions(@PathParam("id") long id, @QueryParam("published") Integer published) {
        Account account = currentUser.account();
        ProgramHistory history = programs.programHistory(account, id);
        String status = published == null ? null : history.versions().stream()
                .filter(v -> v.version().number() == published).findFirst().map(ProgramPages::publishedLine).orElse(null);
        return Templates.versions(programs.get(account, id), history, status);
    }

    /** "Version 3 published with 2 changes." (the first version: with its number of exercises). */
    static String publishedLine(VersionHistory v) {
        int n = v.version().number() == 1 ? v.version().itemCount() : v.changes().size();
        String what = v.version().number() == 1 ? (n == 1 ? " exercise" : " exercises") : (n == 1 ? " change" : " changes");
        return "Version " + v.version().number() + " published with " + n + what + ".";
    }

    @GET
    @Path("versions/{n}")
    @Operation(hidden = true)
    public TemplateInstance version(@PathParam("id") long id, @PathParam("n") int number) {
        Account account = currentUser.account();
        return Templates.version(programs.get(account, id), programs.version(account, id, number));
    }
}
