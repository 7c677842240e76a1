package app.physiorx.exercise;

import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotAllowedException;
import static app.physiorx.common.Text.blankToNull;

import app.physiorx.account.Account;
import app.physiorx.common.Page;
import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.exercise.ExerciseApi.ExerciseInput;
import app.physiorx.exercise.ExerciseApi.ExerciseSummary;
import app.physiorx.exercise.ExerciseApi.RelationInput;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.ExerciseApi.SearchQuery;
import app.physiorx.exercise.ExerciseApi.SearchResults;
import app.physiorx.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The exercise library. A caller sees the starter catalog plus their own clinic's
 * exercises; every query carries that scope, so another clinic's exercise is "not found".
 * Starter exercises are read-only; clinic exercises are archived, never deleted.
 */
@ApplicationScoped
public class ExerciseService {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 200;

    private final EntityManager em;

    private final ExerciseWordQueries words;
    private final ExerciseDetailQueries details;
    private final LibrarySearchQueries library;

    private final app.physiorx.exercise.media.ExerciseMediaQueries media;

    public ExerciseService(EntityManager em, ExerciseWordQueries words, ExerciseDetailQueries details, LibrarySearchQueries library,
                           app.physiorx.exercise.media.ExerciseMediaQueries media) {
        this.em = em;
        this.media = media;
        this.words = words;
        this.details = details;
        this.library = library;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExerciseSummary> search(Account caller, SearchQuery query) {
        SearchResults r = searchWithSpelling(caller, query);
        return new Page<>(r.items(), r.page(), r.size(), r.total());
    }

    /**
     * A search that forgives misspelt words, and says what it searched for and what else to try. Two statements
     * besides the spelling: the page, total and facets in one, then the page's exercises.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchResults searchWithSpelling(Account caller, SearchQuery query) {
        plan(caller, query); // checks the parameters before any word is looked up
        String q = ExerciseSearch.text(query);
        String corrected = q.isEmpty() ? q : words.corrected(caller.clinicId(), q);
        SearchPlan plan = ExerciseSearch.plan(caller.clinicId(), query, corrected);
        LibrarySearchQueries.Found found = library.search(plan);
        String didYouMean = found.total() == 0 && !q.isEmpty() ? words.suggestion(caller.clinicId(), q, corrected).orElse(null) : null;
        return new SearchResults(summaries(found.hits()), plan.page(), plan.size(), found.total(),
                corrected.equals(q) ? null : corrected, didYouMean, found.facets());
    }

    /** Checks the parameters (400 naming the bad one) and builds the scoped query. */
    SearchPlan plan(Account caller, SearchQuery query) {
        return ExerciseSearch.plan(caller.clinicId(), query);
    }

    /** Summaries of the page's exercises, in its order: one query whatever the count. */
    private List<ExerciseSummary> summaries(List<LibrarySearchQueries.Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, Exercise> byId = Exercise.<Exercise>list("id in ?1", hits.stream().map(LibrarySearchQueries.Hit::id).toList())
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        return hits.stream().filter(h -> byId.containsKey(h.id()))
                .map(h -> toSummary(byId.get(h.id()), h.picture(), h.hidden())).toList();
    }

    static ExerciseSummary toSummary(Exercise e, boolean hasImage, boolean hidden) {
        return new ExerciseSummary(e.id, e.slug, e.name, e.subtitle, e.group, e.group == null ? null : e.group.label, regions(e),
                e.position, List.copyOf(e.equipment), e.dosage().summary(), List.copyOf(e.tags), e.isStarter(), e.status, hasImage,
                e.movement, e.difficulty, hidden);
    }

    /** Every active exercise the caller can prescribe, by name: for pickers. One query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExerciseApi.ExerciseChoice> choices(Account caller) {
        return em.createQuery("""
                select new app.physiorx.exercise.ExerciseApi$ExerciseChoice(e.id, e.name, e.clinicId is null)
                from Exercise e where (e.clinicId is null or e.clinicId = :clinic) and e.status = :active
                order by lower(e.name)""", ExerciseApi.ExerciseChoice.class)
                .setParameter("clinic", caller.clinicId()).setParameter("active", ExerciseStatus.ACTIVE)
                .getResultList();
    }

    /** The caller's exercises (starter or own clinic) among the given ids, by id, for prescribing: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Prescribable> prescribable(Account caller, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : byId(Exercise.list("id in ?1 and (clinicId is null or clinicId = ?2)",
                List.copyOf(ids), caller.clinicId()));
    }

    /**
     * The given exercises by id, whatever their clinic: for items of a program or template that the caller
     * already may see, whose exercises were checked when they were added. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Prescribable> prescribed(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : byId(Exercise.list("id in ?1", List.copyOf(ids)));
    }

    /**
     * Among the given exercises, which is a progression of which: progression id to the ids of the exercises it
     * progresses (a "regression of" counts the other way round). One query; for a program's stages.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Set<Long>> progressionsAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> harder = new java.util.HashMap<>();
        Row.map(em.createNativeQuery("""
                select case when kind = 'PROGRESSION_OF' then from_id else to_id end,
                       case when kind = 'PROGRESSION_OF' then to_id else from_id end
                from exercise_relation
                where kind in ('PROGRESSION_OF', 'REGRESSION_OF') and from_id in (:ids) and to_id in (:ids)""")
                .setParameter("ids", List.copyOf(ids)).getResultList(), r -> harder
                .computeIfAbsent(r.getLong(0), k -> new HashSet<>()).add(r.getLong(1)));
        return harder;
    }

    private static Map<Long, Prescribable> byId(List<Exercise> found) {
        return found.stream().collect(Collectors.toMap(e -> e.id, e -> new Prescribable(e.id, e.name, e.status,
                e.setsMin, e.repsMin, e.repsMode, e.holdMinSeconds, e.durationMinSeconds, e.timesPerDayMin,
                e.position.label, e.positionDetail, List.copyOf(e.equipment), List.copyOf(e.steps), List.copyOf(e.cues),
                List.copyOf(e.precautions), e.subtitle)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExerciseDetail get(Account caller, long id) {
        return toDetail(caller, visible(caller, id));
    }

    /** An exercise the caller may change (for the editor): 404 when not visible, 403 for a starter exercise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExerciseDetail getEditable(Account caller, long id) {
        return toDetail(caller, editable(caller, id));
    }

    /** The exercise if the caller may see it (starter or own clinic), else 404. */
    public Exercise visible(Account caller, long id) {
        return Exercise.<Exercise>find("id = ?1 and (clinicId is null or clinicId = ?2)", id, caller.clinicId())
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("The exercise"));
    }

    private Exercise editable(Account caller, long id) {
        Exercise e = visible(caller, id);
        if (e.isStarter()) {
            throw new NotAllowedException("Starter exercises are read-only. Copy the exercise to change your clinic's version.");
        }
        return e;
    }

    private ExerciseDetail toDetail(Account caller, Exercise e) {
        boolean hasImage = !media.withPictures(List.of(e.id)).isEmpty();
        return new ExerciseDetail(e.id, e.slug, e.name, e.subtitle, e.group, e.group == null ? null : e.group.label, regions(e),
                e.position, e.position.label,
                e.positionDetail, List.copyOf(e.equipment), e.dosage(), e.dosage().summary(), List.copyOf(e.steps),
                List.copyOf(e.cues), List.copyOf(e.precautions), List.copyOf(e.variations), List.copyOf(e.tags),
                details.relations(caller.clinicId(), e.id), e.isStarter(), !e.isStarter(), e.status,
                hasImage ? "/api/exercises/" + e.id + "/image" : null, e.copiedFromId, e.createdBy, e.updatedBy,
                e.updatedAt, e.version, e.movement, e.difficulty, !details.hiddenAmong(caller.clinicId(), List.of(e.id)).isEmpty());
    }

    private static List<BodyRegion> regions(Exercise e) {
        return e.bodyRegions.stream().map(BodyRegion::valueOf).toList();
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public ExerciseDetail create(Account caller, ExerciseInput input) {
        check(input);
        ensureNameFree(caller.clinicId(), input.name().strip(), null);
        Exercise e = new Exercise();
        e.clinicId = caller.clinicId();
        e.createdBy(caller.displayName());
        apply(caller, e, input);
        e.slug = uniqueSlug(caller.clinicId(), input.name());
        e.persist();
        replaceRelations(caller, e.id, input.relations());
        em.flush();
        return toDetail(caller, e);
    }

    @Transactional
    public ExerciseDetail update(Account caller, long id, ExerciseInput input) {
        Exercise e = editable(caller, id);
        if (input.version() != null && input.version() != e.version) {
            throw new ConflictException("Someone else saved this exercise since you opened it. Reload it and apply your change again.");
        }
        check(input);
        ensureNameFree(caller.clinicId(), input.name().strip(), e.id);
        apply(caller, e, input);
        replaceRelations(caller, e.id, input.relations());
        em.flush();
        return toDetail(caller, e);
    }

    /** Copies a visible exercise (starter or own) into the caller's clinic as an editable exercise. */
    @Transactional
    public ExerciseDetail copy(Account caller, long id) {
        Exercise source = visible(caller, id);
        Exercise copy = new Exercise();
        copy.clinicId = caller.clinicId();
        copy.name = freeCopyName(caller.clinicId(), source.name);
        copy.slug = uniqueSlug(caller.clinicId(), copy.name);
        copy.subtitle = source.subtitle;
        copy.group = source.group;
        copy.movement = source.movement;
        copy.difficulty = source.difficulty;
        copy.bodyRegions = new ArrayList<>(source.bodyRegions);
        copy.position = source.position;
        copy.positionDetail = source.positionDetail;
        copy.equipment = new ArrayList<>(source.equipment);
        copy.setDosage(source.dosage());
        copy.steps = new ArrayList<>(source.steps);
        copy.cues = new ArrayList<>(source.cues);
        copy.precautions = new ArrayList<>(source.precautions);
        copy.variations = new ArrayList<>(source.variations);
        copy.tags = new ArrayList<>(source.tags);
        copy.copiedFromId = source.id;
        copy.createdBy(caller.displayName());
        copy.persist();
        em.flush();
        em.createNativeQuery("""
                insert into exercise_relation (from_id, to_id, kind)
                select :copy, r.to_id, r.kind from exercise_relation r where r.from_id = :source and r.to_id <> :copy""")
                .setParameter("copy", copy.id).setParameter("source", source.id).executeUpdate();
        media.copy(source.id, copy.id, caller.displayName());
        return toDetail(caller, copy);
    }

    @Transactional
    public ExerciseDetail setStatus(Account caller, long id, ExerciseStatus status) {
        Exercise e = editable(caller, id);
        if (e.status != status) {
            e.status = status;
            e.changedBy(caller.displayName());
            em.flush();
        }
        return toDetail(caller, e);
    }

    private void check(ExerciseInput input) {
        List<InvalidField> errors = new ArrayList<>();
        for (String field : input.dosage().invertedRanges()) {
            errors.add(new InvalidField("dosage." + field, "must be at least the matching minimum (give both or neither)"));
        }
        DefaultDosage d = input.dosage();
        if (d.repsMin() == null && d.holdMinSeconds() == null && d.durationMinSeconds() == null) {
            errors.add(new InvalidField("dosage", "give at least repetitions, a hold time or a duration"));
        }
        errors.addAll(ExerciseText.problems(input));
        if (input.equipment() != null) {
            for (int i = 0; i < input.equipment().size(); i++) {
                if (Equipment.parse(input.equipment().get(i)).isEmpty()) {
                    errors.add(new InvalidField("equipment." + i, "unknown equipment"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.fields(errors);
        }
    }

    private void apply(Account caller, Exercise e, ExerciseInput input) {
        e.name = input.name().strip();
        e.subtitle = blankToNull(input.subtitle());
        e.group = input.group();
        e.movement = input.movement();
        e.difficulty = input.difficulty();
        e.bodyRegions = new ArrayList<>(new LinkedHashSet<>(input.bodyRegions().stream().map(Enum::name).toList()));
        e.position = input.position();
        e.positionDetail = blankToNull(input.positionDetail());
        e.equipment = new ArrayList<>(new LinkedHashSet<>(nullToEmpty(input.equipment()).stream()
                .map(s -> Equipment.parse(s).orElseThrow().label).toList()));
        e.setDosage(input.dosage());
        e.steps = cleaned(input.steps());
        e.cues = cleaned(input.cues());
        e.precautions = cleaned(input.precautions());
        e.variations = cleaned(input.variations());
        e.tags = new ArrayList<>(new LinkedHashSet<>(cleaned(input.tags()).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()));
        e.changedBy(caller.displayName());
    }

    private void replaceRelations(Account caller, long id, List<RelationInput> relations) {
        em.createNativeQuery("delete from exercise_relation where from_id = :id").setParameter("id", id).executeUpdate();
        List<RelationInput> list = nullToEmpty(relations);
        for (int i = 0; i < list.size(); i++) {
            RelationInput r = list.get(i);
            if (r.exerciseId() == id) {
                throw InvalidInputException.field("relations." + i + ".exerciseId", "an exercise cannot relate to itself");
            }
            long count = Exercise.count("id = ?1 and (clinicId is null or clinicId = ?2)", r.exerciseId(), caller.clinicId());
            if (count == 0) {
                throw InvalidInputException.field("relations." + i + ".exerciseId", "no such exercise in your library");
            }
            em.createNativeQuery("insert into exercise_relation (from_id, to_id, kind) values (:f, :t, :k) on conflict do nothing")
                    .setParameter("f", id).setParameter("t", r.exerciseId()).setParameter("k", r.kind().name())
                    .executeUpdate();
        }
    }

    private void ensureNameFree(long clinicId, String name, Long exceptId) {
        long taken = Exercise.count("clinicId = ?1 and lower(name) = lower(?2) and id <> ?3", clinicId, name,
                exceptId == null ? -1L : exceptId);
        if (taken > 0) {
            throw InvalidInputException.field("name", "your clinic already has an exercise with this name");
        }
    }

    private String freeCopyName(long clinicId, String name) {
        String base = name.length() > 110 ? name.substring(0, 110) : name;
        for (int i = 1; ; i++) {
            String candidate = base + (i == 1 ? " (copy)" : " (copy " + i + ")");
            if (Exercise.count("clinicId = ?1 and lower(name) = lower(?2)", clinicId, candidate) == 0) {
                return candidate;
            }
        }
    }

    private String uniqueSlug(long clinicId, String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "exercise";
        }
        base = base.length() > 120 ? base.substring(0, 120) : base;
        String slug = base;
        for (int i = 2; Exercise.count("clinicId = ?1 and slug = ?2", clinicId, slug) > 0; i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private static List<String> cleaned(List<String> values) {
        return new ArrayList<>(nullToEmpty(values).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private static <T> List<T> nullToEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

}
