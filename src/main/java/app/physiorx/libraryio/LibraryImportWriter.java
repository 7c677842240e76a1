package app.physiorx.libraryio;

import app.physiorx.account.Account;
import app.physiorx.exercise.ExerciseApi.ExerciseInput;
import app.physiorx.exercise.ExerciseApi.RelationInput;
import app.physiorx.exercise.ExerciseImageService;
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
import java.util.function.Consumer;

/**
 * Writes a checked import plan in one transaction, through the library's and the templates' own services (so
 * their rules apply once more): exercises first, then their relations (which may point at one another), their
 * pictures, the templates, and last the archiving of exercises the file marks archived. Any failure rolls back all.
 */
@ApplicationScoped
class LibraryImportWriter {
    private final ExerciseService exercises;
    private final ExerciseImageService images;
    private final TemplateService templates;

    LibraryImportWriter(ExerciseService exercises, ExerciseImageService images, TemplateService templates) {
        this.exercises = exercises;
        this.images = images;
        this.templates = templates;
    }

    /**
     * What to write. {@code existing}: keys of skipped exercises to the clinic's exercise of that name (what the
     * file's references to them now mean); {@code starters}: starter slug to id; {@code media}: ZIP path to bytes.
     */
    record Plan(List<ExerciseEntry> exercises, Map<String, Long> existing, List<TemplateEntry> templates,
                Map<String, Long> starters, Map<String, byte[]> media) {
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
        int media = 0;
        for (ExerciseEntry e : plan.exercises()) {
            long id = ids.get(e.key());
            if (!ImportRules.list(e.relations()).isEmpty()) {
                List<RelationInput> relations = e.relations().stream()
                        .map(r -> new RelationInput(id(r.ref(), ids, plan.starters()), r.kind())).toList();
                exercises.update(caller, id, input(e, relations));
            }
            byte[] picture = ImportRules.list(e.media()).stream().filter(m -> m.contentType().startsWith("image/"))
                    .map(m -> plan.media().get(m.file())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (picture != null) {
                images.store(caller, id, picture);
                media++;
            }
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
        return new Written(plan.exercises().size(), plan.templates().size(), media);
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
