package app.physiorx.program;

import app.physiorx.exercise.Side;
import app.physiorx.program.ProgramApi.ItemInput;
import app.physiorx.program.ProgramApi.ItemView;
import app.physiorx.program.ProgramApi.ProgramDetails;
import app.physiorx.program.ProgramApi.ProgramView;
import app.physiorx.web.FormErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/** The program builder's forms, as typed. */
public final class ProgramForms {
    private ProgramForms() {
    }

    /** One item's dosage form (the inline editor of a row). */
    public static class ItemForm {
        @RestForm public String sets;
        @RestForm public String reps;
        @RestForm public String side;
        @RestForm public String holdSeconds;
        @RestForm public String durationSeconds;
        @RestForm public String restSeconds;
        @RestForm public String timesPerDay;
        @RestForm public String daysPerWeek;
        @RestForm public String load;
        @RestForm public String tempo;
        @RestForm public String notes;
        @RestForm public String stage;

        public static ItemForm of(ItemView i) {
            ItemForm f = new ItemForm();
            f.sets = text(i.sets());
            f.reps = text(i.reps());
            f.side = i.side().name();
            f.holdSeconds = text(i.holdSeconds());
            f.durationSeconds = text(i.durationSeconds());
            f.restSeconds = text(i.restSeconds());
            f.timesPerDay = text(i.timesPerDay());
            f.daysPerWeek = text(i.daysPerWeek());
            f.load = i.load();
            f.tempo = i.tempo();
            f.notes = i.notes();
            f.stage = String.valueOf(i.stage());
            return f;
        }

        public ItemInput toInput(long exerciseId, FormErrors errors) {
            Side s = null;
            if (side != null && !side.isBlank()) {
                try {
                    s = Side.valueOf(side.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add("side", "choose one of the listed sides");
                }
            }
            ItemInput input = new ItemInput(exerciseId, errors.number("sets", sets), errors.number("reps", reps), s,
                    errors.number("holdSeconds", holdSeconds), errors.number("durationSeconds", durationSeconds),
                    errors.number("restSeconds", restSeconds), errors.number("timesPerDay", timesPerDay),
                    errors.number("daysPerWeek", daysPerWeek), List.of(), load, tempo, notes, errors.number("stage", stage));
            return errors.isEmpty() ? input : null;
        }
    }

    /** The program's own fields. */
    public static class DetailsForm {
        @RestForm public String title;
        @RestForm public String goal;
        @RestForm public String startDate;
        @RestForm public String reviewDate;
        @RestForm public String painThreshold;
        @RestForm public String painRise;
        @RestForm public String inactiveDays;
        @RestForm public List<String> redFlags = new ArrayList<>();
        @RestForm public String version;
        @RestForm public String activeStage;

        public static DetailsForm of(ProgramView p) {
            DetailsForm f = new DetailsForm();
            f.title = p.title();
            f.goal = p.goal();
            f.startDate = p.startDate() == null ? "" : p.startDate().toString();
            f.reviewDate = p.reviewDate() == null ? "" : p.reviewDate().toString();
            f.painThreshold = String.valueOf(p.painThreshold());
            f.painRise = String.valueOf(p.painRise());
            f.inactiveDays = String.valueOf(p.inactiveDays());
            f.redFlags = p.redFlags().stream().map(Enum::name).toList();
            f.version = String.valueOf(p.version());
            f.activeStage = String.valueOf(p.activeStage());
            return f;
        }

        public boolean activeStageIs(int n) {
            return String.valueOf(n).equals(activeStage);
        }

        public boolean isRedFlag(String symptom) {
            return redFlags.contains(symptom);
        }

        public ProgramDetails toInput(FormErrors errors) {
            List<Symptom> flags = new ArrayList<>();
            for (String flag : redFlags) {
                try {
                    flags.add(Symptom.valueOf(flag));
                } catch (IllegalArgumentException e) {
                    errors.add("redFlags", "choose from the listed symptoms");
                }
            }
            ProgramDetails d = new ProgramDetails(title == null ? "" : title, goal, errors.date("startDate", startDate),
                    errors.date("reviewDate", reviewDate), errors.number("painThreshold", painThreshold),
                    errors.number("painRise", painRise), flags, errors.number("inactiveDays", inactiveDays),
                    errors.number("version", version), errors.number("activeStage", activeStage));
            return errors.isEmpty() ? d : null;
        }
    }

    /** One labelled input of an item's dosage form, with an id unique on the page ("item-12-sets"). */
    public record ItemField(String id, String name, String label, String value, String error, boolean numeric) {
        public String errorId() {
            return id + "-error";
        }

        /** The key of its label in the portal's messages ({@code {portal:message(f.labelKey)}}): "builder_field_sets". */
        public String labelKey() {
            return "builder_field_" + name;
        }
    }

    /** The inputs of one item's form (side, stage and notes are drawn on their own). */
    static List<ItemField> fields(long itemId, ItemForm f, java.util.Map<String, String> errors) {
        String[][] spec = {{"sets", "Sets", f.sets}, {"reps", "Reps", f.reps}, {"holdSeconds", "Hold (s)", f.holdSeconds},
            {"durationSeconds", "Duration (s)", f.durationSeconds}, {"restSeconds", "Rest (s)", f.restSeconds},
            {"timesPerDay", "Times a day", f.timesPerDay}, {"daysPerWeek", "Days a week", f.daysPerWeek},
            {"load", "Load", f.load}, {"tempo", "Tempo", f.tempo}};
        List<ItemField> fields = new ArrayList<>();
        for (String[] s : spec) {
            fields.add(new ItemField("item-" + itemId + "-" + s[0], s[0], s[1], s[2] == null ? "" : s[2], errors.get(s[0]),
                    !s[0].equals("load") && !s[0].equals("tempo")));
        }
        return fields;
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }
}
