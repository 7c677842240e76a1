package app.physiorx.exercise;

import static app.physiorx.common.Text.blankToNull;

import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.exercise.ExerciseApi.ExerciseInput;
import app.physiorx.exercise.ExerciseApi.Relation;
import app.physiorx.exercise.ExerciseApi.RelationInput;
import app.physiorx.exercise.ExerciseApi.RelationKind;
import app.physiorx.web.FormErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The exercise form as the browser sends it: every value is text, so that whatever the
 * user typed can be shown again beside its error. Field names follow the JSON API's, so
 * validation messages land beside the right input.
 */
public class ExerciseForm {
    @RestForm public String name;
    @RestForm public String subtitle;
    @RestForm public String group;
    @RestForm public String movement;
    @RestForm public String difficulty;
    @RestForm public List<String> bodyRegions = new ArrayList<>();
    @RestForm public String position;
    @RestForm public String positionDetail;
    @RestForm public List<String> equipment = new ArrayList<>();
    @RestForm("dosage.setsMin") public String setsMin;
    @RestForm("dosage.setsMax") public String setsMax;
    @RestForm("dosage.repsMin") public String repsMin;
    @RestForm("dosage.repsMax") public String repsMax;
    @RestForm("dosage.repsMode") public String repsMode;
    @RestForm("dosage.holdMinSeconds") public String holdMin;
    @RestForm("dosage.holdMaxSeconds") public String holdMax;
    @RestForm("dosage.durationMinSeconds") public String durationMin;
    @RestForm("dosage.durationMaxSeconds") public String durationMax;
    @RestForm("dosage.timesPerDayMin") public String timesPerDayMin;
    @RestForm("dosage.timesPerDayMax") public String timesPerDayMax;
    @RestForm("dosage.note") public String dosageNote;
    @RestForm public String steps;
    @RestForm public String cues;
    @RestForm public String precautions;
    @RestForm public String variations;
    @RestForm public String tags;
    @RestForm public String progressionOf;
    @RestForm public String version;

    public static ExerciseForm empty() {
        ExerciseForm f = new ExerciseForm();
        f.repsMode = RepsMode.PLAIN.name();
        f.position = Position.STANDING.name();
        f.group = ExerciseGroup.CORE_AND_BACK.name();
        return f;
    }

    public static ExerciseForm of(ExerciseDetail e) {
        ExerciseForm f = new ExerciseForm();
        f.name = e.name();
        f.subtitle = e.subtitle();
        f.group = e.group() == null ? "" : e.group().name();
        f.movement = e.movement() == null ? "" : e.movement().name();
        f.difficulty = text(e.difficulty());
        f.bodyRegions = e.bodyRegions().stream().map(Enum::name).toList();
        f.position = e.position().name();
        f.positionDetail = e.positionDetail();
        f.equipment = e.equipment();
        DefaultDosage d = e.dosage();
        f.setsMin = text(d.setsMin());
        f.setsMax = text(d.setsMax());
        f.repsMin = text(d.repsMin());
        f.repsMax = text(d.repsMax());
        f.repsMode = d.repsMode().name();
        f.holdMin = text(d.holdMinSeconds());
        f.holdMax = text(d.holdMaxSeconds());
        f.durationMin = text(d.durationMinSeconds());
        f.durationMax = text(d.durationMaxSeconds());
        f.timesPerDayMin = text(d.timesPerDayMin());
        f.timesPerDayMax = text(d.timesPerDayMax());
        f.dosageNote = d.note();
        f.steps = String.join("\n", e.steps());
        f.cues = String.join("\n", e.cues());
        f.precautions = String.join("\n", e.precautions());
        f.variations = String.join("\n", e.variations());
        f.tags = String.join(", ", e.tags());
        f.progressionOf = e.relations().stream().filter(r -> r.kind() == RelationKind.PROGRESSION_OF
                && r.label().equals(RelationKind.PROGRESSION_OF.fromLabel)).map(Relation::exerciseId).findFirst()
                .map(String::valueOf).orElse("");
        f.version = String.valueOf(e.version());
        return f;
    }

    public boolean isProgressionOf(long exerciseId) {
        return String.valueOf(exerciseId).equals(progressionOf == null ? null : progressionOf.strip());
    }

    /** The API input, or null with messages in {@code errors} when a value cannot even be read. */
    public ExerciseInput toInput(FormErrors errors) {
        ExerciseGroup g = group == null || group.isBlank() ? null : parse(ExerciseGroup.class, "group", group, errors);
        MovementType m = movement == null || movement.isBlank() ? null : parse(MovementType.class, "movement", movement, errors);
        Integer level = errors.number("difficulty", difficulty);
        Position p = parse(Position.class, "position", position, errors);
        RepsMode mode = parse(RepsMode.class, "dosage.repsMode", repsMode == null || repsMode.isBlank() ? "PLAIN" : repsMode, errors);
        List<BodyRegion> regions = new ArrayList<>();
        for (String r : bodyRegions) {
            BodyRegion region = parse(BodyRegion.class, "bodyRegions", r, errors);
            if (region != null) {
                regions.add(region);
            }
        }
        DefaultDosage dosage = new DefaultDosage(
                errors.number("dosage.setsMin", setsMin), errors.number("dosage.setsMax", setsMax),
                errors.number("dosage.repsMin", repsMin), errors.number("dosage.repsMax", repsMax), mode,
                errors.number("dosage.holdMinSeconds", holdMin), errors.number("dosage.holdMaxSeconds", holdMax),
                errors.number("dosage.durationMinSeconds", durationMin), errors.number("dosage.durationMaxSeconds", durationMax),
                errors.number("dosage.timesPerDayMin", timesPerDayMin), errors.number("dosage.timesPerDayMax", timesPerDayMax),
                blankToNull(dosageNote));
        Integer base = errors.number("progressionOf", progressionOf);
        List<RelationInput> relations = base == null ? List.of()
                : List.of(new RelationInput(base.longValue(), RelationKind.PROGRESSION_OF));
        Integer v = errors.number("version", version);
        if (!errors.isEmpty()) {
            return null;
        }
        return new ExerciseInput(name == null ? "" : name, blankToNull(subtitle), g, regions, p, blankToNull(positionDetail), equipment, dosage,
                FormErrors.lines(steps), FormErrors.lines(cues), FormErrors.lines(precautions),
                FormErrors.lines(variations), FormErrors.commaList(tags), relations, v, m, level);
    }

    /** Moves "steps.2" style errors onto their text area as "line 3: ...". */
    public static FormErrors onFormFields(FormErrors raw) {
        FormErrors shown = new FormErrors();
        raw.map().forEach((field, message) -> {
            String[] parts = field.split("\\.");
            if (parts.length == 2 && parts[1].matches("\\d+") && !field.startsWith("dosage")) {
                shown.add(parts[0], "line " + (Integer.parseInt(parts[1]) + 1) + ": " + message);
            } else if (field.equals("relations") || field.startsWith("relations.")) {
                shown.add("progressionOf", message);
            } else {
                shown.add(field, message);
            }
        });
        return shown;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, FormErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "choose one");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "choose one of the listed values");
            return null;
        }
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

}
