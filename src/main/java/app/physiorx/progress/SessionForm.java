package app.physiorx.progress;

import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.DosageText;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.Symptom;
import app.physiorx.progress.SessionApi.ExerciseLog;
import app.physiorx.progress.SessionApi.SessionInput;
import app.physiorx.web.FormErrors;
import io.quarkus.qute.TemplateExtension;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The session form on the patient's phone: the session's pain and symptoms, one tap for "I did
 * everything as prescribed" (the {@code asPrescribed} button), and one card per exercise whose details
 * (actual beside target) open when the patient did something else. Fields of an exercise are named
 * {@code ex.<exerciseId>.<what>}. The client id is made when the form is first shown, so a double submit
 * stores one session.
 */
public class SessionForm {
    public String clientId;
    public String date;
    public String painBefore;
    public String painAfter;
    public List<String> symptoms = new ArrayList<>();
    public String comment;
    public final Map<Long, Row> rows = new LinkedHashMap<>();
    /** The exercise of each entry of the submitted input, to put an error beside its card. */
    private final List<Long> order = new ArrayList<>();

    public static class Row {
        public final PublishedItem item;
        public boolean done = true;
        public String sets;
        public String reps;
        public String hold;
        public String duration;
        public String pain;
        public String difficulty;

        Row(PublishedItem item) {
            this.item = item;
        }

        public boolean countsReps() {
            return ProgressCharts.countsReps(item);
        }

        /** The plan in the same plain words as the patient's program page. */
        public String getPlan() {
            return item.inWords() != null && !item.inWords().isBlank() ? item.inWords() : item.summary();
        }

        /** Whether any field of this exercise has an error (its card then opens). */
        public boolean hasErrors(Map<String, String> errors) {
            return errors.keySet().stream().anyMatch(k -> k.startsWith(prefix()));
        }

        /** Whether the patient said something other than the plan here (the card then stays open). */
        public boolean isChanged() {
            return !done || !same(sets, item.sets()) || (countsReps() && !same(reps, item.reps()))
                    || !same(hold, item.holdSeconds()) || !same(duration, item.durationSeconds())
                    || (pain != null && !pain.isBlank()) || (difficulty != null && !difficulty.isBlank());
        }

        private static boolean same(String typed, Integer planned) {
            return (typed == null ? "" : typed.strip()).equals(text(planned));
        }

        /** Done as the prescription says: its sets, reps, hold and time; pain and effort not noted. */
        void asPrescribed() {
            done = true;
            sets = text(item.sets());
            reps = countsReps() ? text(item.reps()) : null;
            hold = text(item.holdSeconds());
            duration = text(item.durationSeconds());
            pain = null;
            difficulty = null;
        }

        public String prefix() {
            return "ex." + item.exerciseId() + ".";
        }

        /** The form field of this exercise: "ex.12.reps". */
        public String name(String what) {
            return prefix() + what;
        }
    }

    public static SessionForm blank(VersionView version, LocalDate today) {
        SessionForm f = new SessionForm();
        f.clientId = UUID.randomUUID().toString();
        f.date = today.toString();
        for (PublishedItem item : version.items()) {
            Row row = new Row(item);
            row.asPrescribed();
            f.rows.putIfAbsent(item.exerciseId(), row);
        }
        return f;
    }

    public static SessionForm read(MultivaluedMap<String, String> form, VersionView version) {
        SessionForm f = new SessionForm();
        f.clientId = form.getFirst("clientId");
        f.date = form.getFirst("date");
        f.painBefore = form.getFirst("painBefore");
        f.painAfter = form.getFirst("painAfter");
        f.comment = form.getFirst("comment");
        f.symptoms = form.get("symptoms") == null ? new ArrayList<>() : new ArrayList<>(form.get("symptoms"));
        boolean asPrescribed = form.getFirst("asPrescribed") != null;
        for (PublishedItem item : version.items()) {
            Row row = new Row(item);
            if (asPrescribed) {
                row.asPrescribed();
                f.rows.putIfAbsent(item.exerciseId(), row);
                continue;
            }
            String p = row.prefix();
            row.done = form.getFirst(p + "done") != null;
            row.sets = form.getFirst(p + "sets");
            row.reps = form.getFirst(p + "reps");
            row.hold = form.getFirst(p + "hold");
            row.duration = form.getFirst(p + "duration");
            row.pain = form.getFirst(p + "pain");
            row.difficulty = form.getFirst(p + "difficulty");
            f.rows.putIfAbsent(item.exerciseId(), row);
        }
        return f;
    }

    public boolean hasSymptom(String name) {
        return symptoms.contains(name);
    }

    /** The submission, or null when a field could not be read (the errors say which). */
    public SessionInput toInput(FormErrors errors) {
        return toInput(errors, app.physiorx.web.Messages.in("en"));
    }

    /** The same, with its error messages in the patient's language. */
    public SessionInput toInput(FormErrors errors, app.physiorx.web.Msg msg) {
        UUID client = null;
        try {
            client = clientId == null ? null : UUID.fromString(clientId.strip());
        } catch (IllegalArgumentException e) {
            errors.add("form", msg.log_errOutOfDate());
        }
        if (client == null) {
            errors.add("form", msg.log_errOutOfDate());
        }
        LocalDate day = errors.date("date", date);
        if (day == null) {
            errors.add("date", msg.log_errDay());
        }
        Integer before = errors.number("painBefore", painBefore);
        Integer after = errors.number("painAfter", painAfter);
        if (before == null) {
            errors.add("painBefore", msg.log_errPainBefore());
        }
        if (after == null) {
            errors.add("painAfter", msg.log_errPainAfter());
        }
        List<Symptom> chosen = new ArrayList<>();
        for (String s : symptoms) {
            try {
                chosen.add(Symptom.valueOf(s));
            } catch (IllegalArgumentException e) {
                errors.add("symptoms", msg.log_errSymptoms());
            }
        }
        List<ExerciseLog> logs = new ArrayList<>();
        order.clear();
        for (Row row : rows.values()) {
            if (!row.done) {
                continue;
            }
            String p = row.prefix();
            Difficulty difficulty = null;
            if (row.difficulty != null && !row.difficulty.isBlank()) {
                try {
                    difficulty = Difficulty.valueOf(row.difficulty);
                } catch (IllegalArgumentException e) {
                    errors.add(p + "difficulty", msg.log_errDifficulty());
                }
            }
            logs.add(new ExerciseLog(row.item.exerciseId(), errors.number(p + "sets", row.sets), errors.number(p + "reps", row.reps),
                    errors.number(p + "hold", row.hold), errors.number(p + "duration", row.duration),
                    errors.number(p + "pain", row.pain), difficulty));
            order.add(row.item.exerciseId());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new SessionInput(client, day, before, after, chosen, comment, logs);
    }

    /** Errors by form field: "exercises.2.repsDone" becomes "ex.<id>.reps". */
    public Map<String, String> formErrors(FormErrors errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.map().forEach((field, message) -> out.putIfAbsent(formField(field), message));
        return out;
    }

    private String formField(String field) {
        if (field.equals("clientId")) {
            return "form";
        }
        if (!field.startsWith("exercises.")) {
            return field.startsWith("symptoms") ? "symptoms" : field;
        }
        String[] parts = field.split("\\.");
        if (parts.length < 3) {
            return "form";
        }
        int index;
        try {
            index = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return "form";
        }
        if (index < 0 || index >= order.size()) {
            return "form";
        }
        String what = switch (parts[2]) {
            case "setsDone" -> "sets";
            case "repsDone" -> "reps";
            case "holdSeconds" -> "hold";
            case "durationSeconds" -> "duration";
            case "pain" -> "pain";
            case "difficulty" -> "difficulty";
            default -> "done";
        };
        return "ex." + order.get(index) + "." + what;
    }

    /**
     * {e.target.inWords} on the page of one stored session: the amounts the plan asked for that day in the
     * words of the patient's program page ("2 sets of 10 on each side, hold 3 seconds"), without how often.
     */
    @TemplateExtension
    static String inWords(SessionApi.Target target, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return DosageText.inWords(new Dosage(target.sets(), target.reps(), target.side(), target.holdSeconds(),
                target.durationSeconds(), null, null, null, null, null, null, null),
                app.physiorx.web.LocalWords.of(locale).getLanguage());
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }
}
