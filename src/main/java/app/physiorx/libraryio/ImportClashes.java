package app.physiorx.libraryio;

import app.physiorx.common.PlainText;
import app.physiorx.libraryio.LibraryFile.Document;
import app.physiorx.libraryio.LibraryFile.ExerciseEntry;
import app.physiorx.libraryio.LibraryFile.TemplateEntry;
import app.physiorx.libraryio.LibraryImportService.Clash;
import app.physiorx.libraryio.LibraryImportService.Options;
import app.physiorx.libraryio.LibraryImportService.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of the file that the clinic already uses, and what the caller chose for each: rename (" (imported)", or
 * a name of their own) or skip (keep the clinic's; the file's references to a skipped exercise then mean the
 * clinic's exercise of that name). A clash without a choice is listed for the caller to answer.
 */
final class ImportClashes {
    static final String SUFFIX = " (imported)";
    private final Map<String, Long> exerciseNames;
    private final Set<String> templateNames = new HashSet<>();
    private final Options options;
    private final Set<String> taken = new HashSet<>();

    ImportClashes(Map<String, Long> exerciseNames, List<String> templateNames, Options options) {
        this.exerciseNames = exerciseNames;
        templateNames.forEach(n -> this.templateNames.add(lower(n)));
        this.options = options;
    }

    record Resolved(List<ExerciseEntry> exercises, Map<String, Long> existing, List<TemplateEntry> templates, int skipped,
                    List<Step> steps, List<Clash> clashes, List<ImportError> errors) {
    }

    Resolved resolve(Document doc) {
        List<ExerciseEntry> create = new ArrayList<>();
        Map<String, Long> existing = new HashMap<>();
        List<TemplateEntry> templates = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        List<Clash> clashes = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        List<ExerciseEntry> exercises = ImportRules.list(doc.exercises());
        taken.clear();
        exercises.forEach(e -> taken.add(lower(e.name())));
        taken.addAll(exerciseNames.keySet());
        int skipped = 0;
        for (int i = 0; i < exercises.size(); i++) {
            ExerciseEntry e = exercises.get(i);
            String name = e.name().strip();
            if (!exerciseNames.containsKey(lower(name))) {
                create.add(e.renamed(name));
                steps.add(new Step("exercise", i + 1, name, "create", null));
                continue;
            }
            String choice = choice("exercise", name);
            String field = "exercises[" + i + "].name";
            if (choice == null) {
                clashes.add(new Clash("exercise", i + 1, field, name, free(name)));
            } else if (choice.equals("skip")) {
                existing.put(e.key(), exerciseNames.get(lower(name)));
                steps.add(new Step("exercise", i + 1, name, "skip", null));
                skipped++;
            } else {
                String newName = newName(choice, name, field, errors);
                create.add(e.renamed(newName));
                steps.add(new Step("exercise", i + 1, name, "rename", newName));
            }
        }
        List<TemplateEntry> list = ImportRules.list(doc.templates());
        taken.clear();
        list.forEach(t -> taken.add(lower(t.name())));
        taken.addAll(templateNames);
        for (int i = 0; i < list.size(); i++) {
            TemplateEntry t = list.get(i);
            String name = t.name().strip();
            String field = "templates[" + i + "].name";
            String choice = templateNames.contains(lower(name)) ? choice("template", name) : "create";
            if (choice == null) {
                clashes.add(new Clash("template", i + 1, field, name, free(name)));
            } else if (choice.equals("create")) {
                templates.add(t.renamed(name));
                steps.add(new Step("template", i + 1, name, "create", null));
            } else if (choice.equals("skip")) {
                steps.add(new Step("template", i + 1, name, "skip", null));
                skipped++;
            } else {
                String newName = newName(choice, name, field, errors);
                templates.add(t.renamed(newName));
                steps.add(new Step("template", i + 1, name, "rename", newName));
            }
        }
        return new Resolved(create, existing, templates, skipped, steps, clashes, errors);
    }

    /** "skip", "rename", "rename:New name", or null when the caller chose nothing for this clash. */
    private String choice(String kind, String name) {
        Map<String, String> resolutions = options.resolutions() == null ? Map.of() : options.resolutions();
        for (Map.Entry<String, String> r : resolutions.entrySet()) {
            if (r.getKey() != null && lower(r.getKey()).equals(kind + ":" + lower(name)) && r.getValue() != null
                    && !r.getValue().isBlank()) {
                return normal(r.getValue());
            }
        }
        return options.onClash() == null || options.onClash().isBlank() ? null : normal(options.onClash());
    }

    private static String normal(String choice) {
        String c = choice.strip();
        return c.regionMatches(true, 0, "rename:", 0, 7) ? "rename:" + c.substring(7).strip()
                : c.toLowerCase(Locale.ROOT).equals("skip") ? "skip" : c.toLowerCase(Locale.ROOT).equals("rename") ? "rename" : c;
    }

    private String newName(String choice, String name, String field, List<ImportError> errors) {
        if (choice.equals("rename") || choice.equals("rename:")) {
            String free = free(name);
            taken.add(lower(free));
            return free;
        }
        if (!choice.startsWith("rename:")) {
            errors.add(ImportError.at(field, "choose rename or skip for \"" + name + "\""));
            return name;
        }
        String given = choice.substring(7).strip();
        if (given.length() > 120 || !new PlainText.Validator().isValid(given, null)) {
            errors.add(ImportError.at(field, "the new name for \"" + name + "\" must be plain text of at most 120 characters"));
        } else if (!taken.add(lower(given))) {
            errors.add(ImportError.at(field, "the new name \"" + given + "\" is taken too; choose another"));
        }
        return given;
    }

    /** The name with " (imported)", or " (imported 2)" and on, that neither the clinic nor the file uses. */
    private String free(String name) {
        for (int i = 1; ; i++) {
            String suffix = i == 1 ? SUFFIX : " (imported " + i + ")";
            String base = name.length() + suffix.length() > 120 ? name.substring(0, 120 - suffix.length()) : name;
            if (!taken.contains(lower(base + suffix))) {
                return base + suffix;
            }
        }
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
