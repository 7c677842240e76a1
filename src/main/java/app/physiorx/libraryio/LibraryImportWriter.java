package app.physiorx.libraryio;

import app.physiorx.account.Account;
import app.physiorx.exercise.ExerciseApi.ExerciseInput;
import app.physiorx.exercise.ExerciseApi.RelationInput;
import app.physiorx.exercise.media.ExerciseMediaService;
import app.physiorx.exercise.media.MediaApi.Upload;
import app.physiorx.libraryio.LibraryFile.Media;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.exercise.ExerciseStatus;
import app.physiorx.libraryio.LibraryFile.ExerciseEntry;
import app.physiorx.libraryio.LibraryFile.Item;
import app.physiorx.libraryio.LibraryFile.Ref;
import app.physiorx.libraryio.LibraryFile.TemplateEntry;
import app.physiorx.template.TemplateApi.ItemInput;
import app.physiorx.template.TemplateApi.TemplateInput;
import app.physiorx.template.TemplateApi.TemplateStage;
import app.physiorx.template.TemplateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes a checked import plan in one transaction, through the library's and the templates' own services (so
 * their rules apply once more): exercises first, then their relations (which may point at one another), their
 * pictures, the templates, and last the archiving of exercises the file marks archived. Any failure rolls back all.
 */
@ApplicationScoped
class LibraryImportWriter {
    private final ExerciseService exercises;
    private final ExerciseMediaService media;
    private final TemplateService templates;

    LibraryImportWriter(ExerciseService exercises, ExerciseMediaService media, TemplateService templates) {
        this.exercises = exercises;
        this.media = media;
        this.templates = templates;
    }

    /**
     * What to write. {@code existing}: keys of skipped exercises to the clinic's exercise of that name (what the
     * file's references to them now mean); {@code starters}: starter slug to id; {@code media}: ZIP path to bytes.
     */
    record Plan(List<ExerciseEntry> exercises, Map<String, Long> existing, List<TemplateEntry> templates,
                Map<String, Long> starters, Map<String, Path> media) {
    }

    record Written(int exercises, int templates, int media) {
    }

    @Transactional
    Written write(Account caller, Plan plan, Consumer<String> afterEachExercise) {
        Map<String, Long> ids = new HashMap<>(plan.existing());
        for (ExerciseEntry e : plan.exercises()) {
            ids.put(e.key(), exercises.create(caller, input(e, null)).id());
            afterEachExercise.accept(e.name());
        }
        int stored = 0;
        for (ExerciseEntry e : plan.exercises()) {
            long id = ids.get(e.key());
            if (!ImportRules.list(e.relations()).isEmpty()) {
                List<RelationInput> relations = e.relations().stream()
                        .map(r -> new RelationInput(id(r.ref(), ids, plan.starters()), r.kind())).toList();
                exercises.update(caller, id, input(e, relations));
            }
            stored += storeMedia(caller, id, ImportRules.list(e.media()), plan.media());
        }
        for (TemplateEntry t : plan.templates()) {
            List<ItemInput> items = new ArrayList<>();
            for (Item i : ImportRules.list(t.items())) {
                items.add(new ItemInput(id(i.ref(), ids, plan.starters()), i.stage(), i.sets(), i.reps(), i.holdSeconds(),
                        i.durationSeconds(), i.timesPerDay(), i.note(), i.daysPerWeek(), i.side()));
            }
            long id = templates.create(caller, new TemplateInput(t.name(), t.description(), items, null)).id();
            if (t.condition() != null || !ImportRules.list(t.stages()).isEmpty()) {
                templates.saveOutline(caller, id, t.condition(), ImportRules.list(t.stages()).stream()
                        .map(s -> new TemplateStage(s.stage(), s.name(), s.fromWeek(), s.note())).toList());
            }
        }
        for (ExerciseEntry e : plan.exercises()) {
            if (e.status() == ExerciseStatus.ARCHIVED) {
                exercises.setStatus(caller, ids.get(e.key()), ExerciseStatus.ARCHIVED);
            }
        }
        return new Written(plan.exercises().size(), plan.templates().size(), stored);
    }

    /** The pictures in their order, then the video with its poster; only media the ZIP carried (a JSON carries none). */
    private int storeMedia(Account caller, long id, List<Media> files, Map<String, Path> unpacked) {
        int stored = 0;
        Path poster = files.stream().filter(m -> LibraryImportService.kind(m).equals("poster"))
                .map(m -> unpacked.get(m.file())).filter(Objects::nonNull).findFirst().orElse(null);
        for (String kind : List.of("picture", "video")) {
            for (Media m : files) {
                Path file = unpacked.get(m.file());
                if (file != null && LibraryImportService.kind(m).equals(kind)) {
                    media.upload(caller, id, new Upload(file, kind.toUpperCase(java.util.Locale.ROOT), m.caption(),
                            kind.equals("video") ? poster : null));
                    stored++;
                }
            }
        }
        return stored;
    }

    private static long id(Ref ref, Map<String, Long> ids, Map<String, Long> starters) {
        Long id = ref.exercise() != null ? ids.get(ref.exercise()) : starters.get(ref.starter());
        if (id == null) {
            throw new IllegalStateException("a checked reference did not resolve: " + ref.label());
        }
        return id;
    }

    private static ExerciseInput input(ExerciseEntry e, List<RelationInput> relations) {
        return new ExerciseInput(e.name(), e.subtitle(), e.group(), e.bodyRegions(), e.position(), e.positionDetail(),
                e.equipment(), e.dosage(), e.steps(), e.cues(), e.precautions(), e.variations(), e.tags(), relations, null,
                e.movement(), e.difficulty());
    }
}
