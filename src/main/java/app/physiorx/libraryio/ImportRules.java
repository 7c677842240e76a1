package app.physiorx.libraryio;

import app.physiorx.common.PlainText;
import app.physiorx.exercise.DefaultDosage;
import app.physiorx.exercise.Equipment;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.ExerciseText;
import app.physiorx.exercise.RepsMode;
import app.physiorx.exercise.Dosage;
import app.physiorx.libraryio.LibraryFile.Document;
import app.physiorx.libraryio.LibraryFile.ExerciseEntry;
import app.physiorx.libraryio.LibraryFile.Item;
import app.physiorx.libraryio.LibraryFile.Ref;
import app.physiorx.libraryio.LibraryFile.TemplateEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules a file must keep beyond its schema, the same ones the library and the templates enforce when a
 * clinic saves by hand: plain text, known placeholders and equipment, ranges in order, an amount to do, unique
 * keys and names, and every reference resolving to an exercise of the file or a starter one.
 */
final class ImportRules {
    private static final PlainText.Validator PLAIN = new PlainText.Validator();

    private ImportRules() {
    }

    /**
     * Every error of the document. {@code starters}: the starter exercises the file names, by slug (a slug
     * missing from it is unknown).
     */
    static List<ImportError> check(Document doc, Map<String, Prescribable> starters) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, ExerciseEntry> byKey = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<ExerciseEntry> exercises = list(doc.exercises());
        for (int i = 0; i < exercises.size(); i++) {
            ExerciseEntry e = exercises.get(i);
            String at = "exercises[" + i + "]";
            if (byKey.putIfAbsent(e.key(), e) != null) {
                errors.add(ImportError.at(at + ".key", "another exercise of this file has the key " + e.key()));
            }
            name(errors, at, e.name(), names, "exercise");
            exercise(errors, at, e);
        }
        for (int i = 0; i < exercises.size(); i++) {
            ExerciseEntry e = exercises.get(i);
            List<LibraryFile.Relation> relations = list(e.relations());
            for (int j = 0; j < relations.size(); j++) {
                String at = "exercises[" + i + "].relations[" + j + "]";
                Ref ref = relations.get(j).ref();
                if (e.key().equals(ref.exercise())) {
                    errors.add(ImportError.at(at, "an exercise cannot relate to itself"));
                } else {
                    resolve(errors, at, ref, byKey, starters);
                }
            }
        }
        Set<String> templateNames = new HashSet<>();
        List<TemplateEntry> templates = list(doc.templates());
        for (int i = 0; i < templates.size(); i++) {
            template(errors, "templates[" + i + "]", templates.get(i), templateNames, byKey, starters);
        }
        return errors;
    }

    private static void name(List<ImportError> errors, String at, String name, Set<String> seen, String what) {
        if (name == null || name.isBlank()) {
            errors.add(ImportError.at(at + ".name", "give a name"));
        } else if (!seen.add(name.strip().toLowerCase(Locale.ROOT))) {
            errors.add(ImportError.at(at + ".name", "another " + what + " of this file has the name " + name.strip()));
        }
        plain(errors, at + ".name", name);
    }

    private static void exercise(List<ImportError> errors, String at, ExerciseEntry e) {
        plain(errors, at + ".subtitle", e.subtitle());
        text(errors, at + ".positionDetail", e.positionDetail());
        texts(errors, at + ".steps", e.steps(), true);
        texts(errors, at + ".cues", e.cues(), true);
        texts(errors, at + ".precautions", e.precautions(), true);
        texts(errors, at + ".variations", e.variations(), false);
        texts(errors, at + ".tags", e.tags(), false);
        List<String> equipment = list(e.equipment());
        for (int j = 0; j < equipment.size(); j++) {
            if (Equipment.parse(equipment.get(j)).isEmpty()) {
                errors.add(ImportError.at(at + ".equipment[" + j + "]", "unknown equipment: " + equipment.get(j)));
            }
        }
        DefaultDosage d = e.dosage();
        if (d == null) {
            return;
        }
        text(errors, at + ".dosage.note", d.note());
        for (String field : d.invertedRanges()) {
            errors.add(ImportError.at(at + ".dosage." + field, "must be at least the matching minimum (give both or neither)"));
        }
        if (d.repsMin() == null && d.holdMinSeconds() == null && d.durationMinSeconds() == null) {
            errors.add(ImportError.at(at + ".dosage", "give at least repetitions, a hold time or a duration"));
        }
    }

    private static void template(List<ImportError> errors, String at, TemplateEntry t, Set<String> names,
                                 Map<String, ExerciseEntry> byKey, Map<String, Prescribable> starters) {
        name(errors, at, t.name(), names, "template");
        plain(errors, at + ".description", t.description());
        plain(errors, at + ".condition", t.condition());
        Set<Integer> stages = new HashSet<>();
        List<LibraryFile.Stage> stageList = list(t.stages());
        for (int j = 0; j < stageList.size(); j++) {
            LibraryFile.Stage s = stageList.get(j);
            if (!stages.add(s.stage())) {
                errors.add(ImportError.at(at + ".stages[" + j + "].stage", "stage " + s.stage() + " is named twice"));
            }
            plain(errors, at + ".stages[" + j + "].name", s.name());
            plain(errors, at + ".stages[" + j + "].note", s.note());
        }
        List<Item> items = list(t.items());
        for (int j = 0; j < items.size(); j++) {
            String itemAt = at + ".items[" + j + "]";
            Item item = items.get(j);
            plain(errors, itemAt + ".note", item.note());
            Prescribable e = resolve(errors, itemAt, item.ref(), byKey, starters);
            if (e == null) {
                continue;
            }
            if (e.archived()) {
                errors.add(ImportError.at(itemAt, "\"" + e.name() + "\" is archived; choose an active exercise"));
            }
            Dosage given = new Dosage(item.sets(), item.reps(), item.side(), item.holdSeconds(), item.durationSeconds(),
                    null, item.timesPerDay(), item.daysPerWeek(), List.of(), null, null, item.note());
            if (!given.withDefaultsOf(e).hasAmount()) {
                errors.add(ImportError.at(itemAt, "give repetitions, a hold time or a duration"));
            }
        }
    }

    /** The exercise the reference names (as what prescribing it needs), or null with an error. */
    private static Prescribable resolve(List<ImportError> errors, String at, Ref ref, Map<String, ExerciseEntry> byKey,
                                        Map<String, Prescribable> starters) {
        if (ref.exercise() != null) {
            ExerciseEntry e = byKey.get(ref.exercise());
            if (e == null) {
                errors.add(ImportError.at(at + ".exercise", "no exercise of this file has the key " + ref.exercise()));
                return null;
            }
            return prescribable(e);
        }
        Prescribable p = ref.starter() == null ? null : starters.get(ref.starter());
        if (p == null) {
            errors.add(ImportError.at(at + ".starter", "no starter exercise has the slug " + ref.starter()));
        }
        return p;
    }

    /** A file's exercise as prescribing sees it: active (archiving comes after the templates), with its defaults. */
    static Prescribable prescribable(ExerciseEntry e) {
        DefaultDosage d = e.dosage() == null ? new DefaultDosage(null, null, null, null, RepsMode.PLAIN, null, null, null,
                null, null, null, null) : e.dosage();
        return new Prescribable(0, e.name(), app.physiorx.exercise.ExerciseStatus.ACTIVE, d.setsMin(), d.repsMin(),
                d.repsMode(), d.holdMinSeconds(), d.durationMinSeconds(), d.timesPerDayMin(), null, null, List.of(),
                List.of(), List.of(), List.of());
    }

    private static void texts(List<ImportError> errors, String at, List<String> values, boolean placeholders) {
        List<String> list = list(values);
        for (int j = 0; j < list.size(); j++) {
            String value = list.get(j);
            if (value == null || value.isBlank()) {
                errors.add(ImportError.at(at + "[" + j + "]", "must not be empty"));
            } else if (placeholders) {
                text(errors, at + "[" + j + "]", value);
            } else {
                plain(errors, at + "[" + j + "]", value);
            }
        }
    }

    /** Plain text whose braces name known placeholders. */
    private static void text(List<ImportError> errors, String at, String value) {
        plain(errors, at, value);
        ExerciseText.problem(value).ifPresent(m -> errors.add(ImportError.at(at, m)));
    }

    private static void plain(List<ImportError> errors, String at, String value) {
        if (value != null && !PLAIN.isValid(value, null)) {
            errors.add(ImportError.at(at, "must be plain text without HTML tags or control characters"));
        }
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
