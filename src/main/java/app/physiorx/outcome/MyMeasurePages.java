package app.physiorx.outcome;

import app.physiorx.account.Account;
import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.outcome.OutcomeApi.MeasureView;
import app.physiorx.outcome.OutcomeApi.ResponseInput;
import app.physiorx.web.FormErrors;
import app.physiorx.web.Locations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The patient's questionnaires on the phone: the list with their own progress in words, and one questionnaire as a
 * short form (plain HTML, works without JavaScript). The form carries a client id made when it was shown, so sending
 * it twice stores one response.
 */
@app.physiorx.audit.Audited("outcome")
@Path("/me/measures")
@RolesAllowed(Role.PATIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class MyMeasurePages {
    private final CurrentUser currentUser;
    private final OutcomeService outcomes;
    /** The patient's language, looked up once per request (the page's templates use it too). */
    private final app.physiorx.web.PageLocale pageLocale;

    public MyMeasurePages(CurrentUser currentUser, OutcomeService outcomes, app.physiorx.web.PageLocale pageLocale) {
        this.currentUser = currentUser;
        this.outcomes = outcomes;
        this.pageLocale = pageLocale;
    }

    @CheckedTemplate
    static class Templates {
        /** Each measure with its due date and the patient's progress in words ({@link MeasureWords}). */
        static native TemplateInstance list(List<MeasureView> measures);

        /** {@code nextOn}: when nothing is due now, the next day it is, or null when it is not due again. */
        static native TemplateInstance answer(MeasureView measure, String clientId, Map<String, String> values,
                                              Map<String, String> errors, boolean firstTime, boolean answered,
                                              java.time.LocalDate nextOn);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(outcomes.mine(currentUser.account()));
    }

    @GET
    @Path("{measureId}")
    @Operation(hidden = true)
    public TemplateInstance form(@PathParam("measureId") long measureId, @QueryParam("answered") boolean answered) {
        MeasureView m = outcomes.myMeasure(currentUser.account(), measureId);
        return show(m, UUID.randomUUID().toString(), Map.of(), Map.of(), answered);
    }

    private TemplateInstance show(MeasureView m, String clientId, Map<String, String> values, Map<String, String> errors,
                                  boolean answered) {
        java.time.LocalDate nextOn = m.nextDue() != null ? null
                : m.dueDates().stream().filter(d -> d.isAfter(outcomes.today())).findFirst().orElse(null);
        return Templates.answer(m, clientId, values, errors, m.instrument().namedActivities() && m.responses().isEmpty(),
                answered, nextOn);
    }

    @POST
    @Path("{measureId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(@PathParam("measureId") long measureId, MultivaluedMap<String, String> fields) {
        Account account = currentUser.account();
        MeasureView m = outcomes.myMeasure(account, measureId);
        FormErrors errors = FormErrors.in(pageLocale);
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, String> activities = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (Instrument.Item item : m.instrument().items()) {
            String raw = fields.getFirst("answers." + item.linkId());
            if (raw != null && !raw.isBlank()) {
                values.put("answers." + item.linkId(), raw);
                Integer n = errors.number("answers." + item.linkId(), raw);
                if (n != null) {
                    answers.put(item.linkId(), n);
                }
            }
            String name = fields.getFirst("activities." + item.linkId());
            if (name != null && !name.isBlank()) {
                values.put("activities." + item.linkId(), name);
                activities.put(item.linkId(), name);
            }
        }
        String clientId = fields.getFirst("clientId");
        UUID id;
        try {
            id = UUID.fromString(clientId == null ? "" : clientId.strip());
        } catch (IllegalArgumentException e) {
            id = UUID.randomUUID(); // a form without its id (an old page): this submission gets one of its own
        }
        if (errors.isEmpty()) {
            try {
                outcomes.respond(account, measureId, new ResponseInput(id, answers, activities));
                return Response.seeOther(URI.create(Locations.of(MyMeasurePages.class, "form", measureId) + "?answered=true")).build();
            } catch (InvalidInputException | ConflictException e) {
                errors.addAll(e);
            }
        }
        return Response.status(400).entity(show(m, id.toString(), values, errors.map(), false)).build();
    }
}
