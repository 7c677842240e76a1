package app.physiorx.reminder;

import app.physiorx.account.CurrentUser;
import app.physiorx.account.Role;
import app.physiorx.reminder.ReminderApi.ReminderInput;
import app.physiorx.reminder.ReminderApi.ReminderView;
import app.physiorx.web.FormErrors;
import app.physiorx.web.FormFlow;
import app.physiorx.web.Locations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The patient's reminder page on the phone: times and days, the email reminder, and the calendar link (add it to the
 * phone's calendar, download it once, or stop it). Plain forms; they work without JavaScript.
 */
@app.physiorx.audit.Audited("reminder")
@Path("/me/reminders")
@RolesAllowed(Role.PATIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ReminderPages {
    private final CurrentUser currentUser;
    private final ReminderService reminders;
    private final Validator validator;

    public ReminderPages(CurrentUser currentUser, ReminderService reminders, Validator validator) {
        this.currentUser = currentUser;
        this.reminders = reminders;
        this.validator = validator;
    }

    /** The form as typed, so that it can be shown again with its errors. */
    public record Typed(List<String> times, List<String> days, boolean followProgram, boolean email) {
        public String time(int n) {
            return n < times.size() ? times.get(n) : "";
        }

        public boolean isChosen(String day) {
            return days.contains(day);
        }

        static Typed of(ReminderView v) {
            return new Typed(v.times().stream().map(LocalTime::toString).toList(),
                    v.chosenDays().stream().map(DayOfWeek::name).toList(), v.followsProgram(), v.emailOn());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(ReminderView reminders, Typed form, Map<String, String> errors,
                                            List<DayOfWeek> weekdays, String saved);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance edit(@QueryParam("saved") String saved) {
        ReminderView v = reminders.mine(currentUser.account());
        return Templates.edit(v, Typed.of(v), Map.of(), List.of(DayOfWeek.values()), saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(MultivaluedMap<String, String> fields) {
        String language = reminders.language(currentUser.account());
        FormErrors errors = new FormErrors(language);
        app.physiorx.web.Msg msg = app.physiorx.web.Messages.in(language);
        List<String> typedTimes = new ArrayList<>(); // in place, so each shows again in its own field
        List<LocalTime> times = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String raw = fields.getFirst("time" + i);
            typedTimes.add(raw == null ? "" : raw.strip());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            try {
                times.add(LocalTime.parse(raw.strip()));
            } catch (DateTimeParseException e) {
                errors.add("time" + i, msg.reminders_errTime());
            }
        }
        if (typedTimes.stream().allMatch(String::isEmpty)) {
            errors.add("time1", msg.reminders_errNoTime());
        }
        boolean follow = !"chosen".equals(fields.getFirst("daysFrom"));
        List<String> typedDays = fields.getOrDefault("days", List.of());
        List<DayOfWeek> days = new ArrayList<>();
        for (String d : typedDays) {
            try {
                days.add(DayOfWeek.valueOf(d));
            } catch (IllegalArgumentException e) {
                errors.add("days", msg.reminders_errDays());
            }
        }
        if (!follow && days.isEmpty()) {
            errors.add("days", msg.reminders_errNoDays());
        }
        boolean email = fields.containsKey("email");
        Typed typed = new Typed(typedTimes, typedDays, follow, email);
        ReminderInput input = errors.isEmpty() ? new ReminderInput(times, follow ? List.of() : days, email) : null;
        return FormFlow.submit(validator, input, errors, valid -> {
            reminders.saveMine(currentUser.account(), valid);
            return URI.create(Locations.of(ReminderPages.class) + "?saved=settings");
        }, e -> Templates.edit(reminders.mine(currentUser.account()), typed, e.map(), List.of(DayOfWeek.values()), null));
    }

    @POST
    @Path("calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response issueCalendar() {
        reminders.issueCalendar(currentUser.account());
        return Response.seeOther(URI.create(Locations.of(ReminderPages.class) + "?saved=calendar#calendar")).build();
    }

    @POST
    @Path("calendar/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revokeCalendar() {
        reminders.revokeCalendar(currentUser.account());
        return Response.seeOther(URI.create(Locations.of(ReminderPages.class) + "?saved=stopped#calendar")).build();
    }

    @GET
    @Path("calendar.ics")
    @Produces("text/calendar")
    @Operation(hidden = true)
    public Response download() {
        return Response.ok(reminders.myCalendar(currentUser.account()), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"home-exercises.ics\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
