package app.physiorx.program;

import app.physiorx.common.NotFoundException;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import static app.physiorx.common.Text.blankToNull;

import app.physiorx.account.Account;
import app.physiorx.exercise.Exercise;
import app.physiorx.exercise.ExerciseStatus;
import app.physiorx.exercise.RepsMode;
import app.physiorx.patient.PatientApi.PatientRef;
import app.physiorx.patient.PatientScope;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.Change;
import app.physiorx.program.ProgramApi.ChangeKind;
import app.physiorx.program.ProgramApi.FieldChange;
import app.physiorx.program.ProgramApi.ItemInput;
import app.physiorx.program.ProgramApi.ItemView;
import app.physiorx.program.ProgramApi.NewProgram;
import app.physiorx.program.ProgramApi.ProgramInput;
import app.physiorx.program.ProgramApi.ProgramSummary;
import app.physiorx.program.ProgramApi.ProgramView;
import app.physiorx.program.ProgramApi.PublishResult;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionSummary;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.template.TemplateApi.TemplateItem;
import app.physiorx.template.TemplateService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Home programs. A program belongs to one patient and is visible exactly when its patient is
 * (the patient scope of {@link PatientService} is part of every query). Therapists edit a
 * draft; publishing freezes it as version n, a JSON snapshot of the items with the
 * exercises' content as it was; versions are never changed afterwards (the database refuses).
 */
@ApplicationScoped
public class ProgramService {
    private static final TypeReference<List<PublishedItem>> ITEMS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final PatientService patients;
    private final TemplateService templates;
    private final ObjectMapper json;

    private final java.util.concurrent.ConcurrentHashMap<String, VersionView> versionCache = new java.util.concurrent.ConcurrentHashMap<>();

    public ProgramService(EntityManager em, PatientService patients, TemplateService templates, ObjectMapper json) {
        this.em = em;
        this.patients = patients;
        this.templates = templates;
        this.json = json;
    }

    // ------------------------------------------------------------------ reading

    Program visible(Account caller, long programId) {
        Program found = app.physiorx.common.Row.first(PatientScope.of(caller).nativeQuery(em, "select pr.* from program pr join patient p"
                        + " on p.id = pr.patient_id where pr.id = :id and " + PatientScope.MARK, Program.class)
                .setParameter("id", programId), Program.class)
                .orElseThrow(() -> new NotFoundException("The program"));
        app.physiorx.audit.AuditContext.patient(found.patientId);
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramSummary> listForPatient(Account caller, long patientId) {
        patients.visible(caller, patientId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select pr.id, pr.title, pr.status, pr.published_version, pr.draft_changed,
                       (select count(*) from program_item i where i.program_id = pr.id), pr.updated_at
                from program pr where pr.patient_id = :p order by pr.status = 'ARCHIVED', pr.updated_at desc""")
                .setParameter("p", patientId).getResultList();
        return rows.stream().map(r -> new ProgramSummary(((Number) r[0]).longValue(), (String) r[1],
                ProgramStatus.valueOf((String) r[2]), ((Number) r[3]).intValue(), (Boolean) r[4], ((Number) r[5]).intValue(),
                toTime(r[6]))).toList();
    }

    /** The caller's most recently changed programs (any patient they may see), to copy from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramApi.ProgramChoice> copyChoices(Account caller) {
        Query q = PatientScope.of(caller).nativeQuery(em, """
                select pr.id, p.first_name || ' ' || p.last_name || ': ' || pr.title
                from program pr join patient p on p.id = pr.patient_id
                where pr.status <> 'ARCHIVED' and {patientScope}
                order by pr.updated_at desc limit 50""");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new ProgramApi.ProgramChoice(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgramView get(Account caller, long programId) {
        return view(visible(caller, programId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionSummary> versions(Account caller, long programId) {
        visible(caller, programId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select number, title, published_by, published_at, jsonb_array_length(items)
                from program_version where program_id = :p order by number desc""")
                .setParameter("p", programId).getResultList();
        return rows.stream().map(r -> new VersionSummary(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                toTime(r[3]), ((Number) r[4]).intValue())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView version(Account caller, long programId, int number) {
        visible(caller, programId);
        return loadVersion(programId, number);
    }

    /** Every version, newest first, with what changed since the one before it: one query for all of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramApi.VersionHistory> history(Account caller, long programId) {
        visible(caller, programId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select number, title, published_by, published_at, cast(items as text)
                from program_version where program_id = :p order by number""")
                .setParameter("p", programId).getResultList();
        List<ProgramApi.VersionHistory> history = new ArrayList<>();
        List<PublishedItem> previous = null;
        for (Object[] r : rows) {
            List<PublishedItem> items = readItems((String) r[4], programId);
            history.add(0, new ProgramApi.VersionHistory(new VersionSummary(((Number) r[0]).intValue(), (String) r[1],
                    (String) r[2], toTime(r[3]), items.size()), previous == null ? List.of() : changes(previous, items)));
            previous = items;
        }
        return history;
    }

    private List<PublishedItem> readItems(String jsonItems, long programId) {
        try {
            return json.readValue(jsonItems, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("versions of program " + programId + " could not be read", e);
        }
    }

    /** What changed from version {@code from} to version {@code to}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> diff(Account caller, long programId, int from, int to) {
        visible(caller, programId);
        return changes(loadVersion(programId, from).items(), loadVersion(programId, to).items());
    }

    /** What publishing the draft now would change, against the newest published version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> pendingChanges(Account caller, long programId) {
        Program program = visible(caller, programId);
        List<PublishedItem> before = program.publishedVersion == 0 ? List.of()
                : loadVersion(programId, program.publishedVersion).items();
        return changes(before, snapshot(program));
    }

    /** The signed-in patient's current program: the newest published version of their active program. */
    @Transactional
    public VersionView currentForPatient(Account patientAccount) {
        PatientRef patient = patients.forPatientAccount(patientAccount);
        return currentForPatientRecord(patient.id()).orElseThrow(() -> new NotFoundException("A published program"));
    }

    /** The current version of a patient already checked to be visible to the caller. */
    public java.util.Optional<VersionView> currentForPatientRecord(long patientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select pr.id, pr.published_version from program pr
                where pr.patient_id = :p and pr.status = 'ACTIVE' and pr.published_version > 0
                order by pr.updated_at desc limit 1""").setParameter("p", patientId).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(loadVersion(((Number) rows.getFirst()[0]).longValue(), ((Number) rows.getFirst()[1]).intValue()));
    }

    // ------------------------------------------------------------------ writing

    @Transactional
    public ProgramView create(Account caller, long patientId, NewProgram request) {
        PatientRef patient = patients.visible(caller, patientId);
        Program program = new Program();
        program.patientId = patient.id();
        program.clinicId = patient.clinicId();
        program.createdBy(caller.displayName());
        program.startDate = LocalDate.now();
        List<ItemInput> items = List.of();
        String title = request.title();
        if (request.templateId() != null && request.copyFromProgramId() != null) {
            throw InvalidInputException.field("templateId", "start from a template or from another program, not both");
        }
        if (request.templateId() != null) {
            var template = templates.get(caller, request.templateId());
            title = title == null || title.isBlank() ? template.name() : title;
            program.goal = template.description();
            items = template.items().stream().filter(i -> !i.exerciseArchived()).map(ProgramService::fromTemplate).toList();
        } else if (request.copyFromProgramId() != null) {
            Program source = visible(caller, request.copyFromProgramId());
            title = title == null || title.isBlank() ? source.title : title;
            program.goal = source.goal;
            program.painThreshold = source.painThreshold;
            program.painRise = source.painRise;
            program.inactiveDays = source.inactiveDays;
            program.redFlags = new ArrayList<>(source.redFlags);
            items = draftItems(source.id).stream().map(ProgramService::toInput).toList();
        }
        program.title = title == null || title.isBlank() ? "Home program" : title.strip();
        program.persist();
        em.flush();
        replaceItems(caller, program, items, Set.of());
        patients.touch(patient.id());
        em.flush();
        return view(program);
    }

    @Transactional
    public ProgramView update(Account caller, long programId, ProgramInput input) {
        Program program = editable(caller, programId, input.version());
        applyDetails(program, new ProgramApi.ProgramDetails(input.title(), input.goal(), input.startDate(), input.reviewDate(),
                input.painThreshold(), input.painRise(), input.redFlags(), input.inactiveDays(), input.version()));
        Set<Long> already = draftItems(program.id).stream().map(i -> i.exerciseId).collect(Collectors.toSet());
        replaceItems(caller, program, input.items(), already);
        changed(caller, program);
        return view(program);
    }

    /** Title, goal, dates and alert settings; the items stay as they are. */
    @Transactional
    public ProgramView updateDetails(Account caller, long programId, ProgramApi.ProgramDetails details) {
        Program program = editable(caller, programId, details.version());
        applyDetails(program, details);
        changed(caller, program);
        return view(program);
    }

    private static void applyDetails(Program program, ProgramApi.ProgramDetails input) {
        if (input.reviewDate() != null && input.startDate() != null && input.reviewDate().isBefore(input.startDate())) {
            throw InvalidInputException.field("reviewDate", "the review date cannot be before the start date");
        }
        program.title = input.title().strip();
        program.goal = blankToNull(input.goal());
        program.startDate = input.startDate();
        program.reviewDate = input.reviewDate();
        program.painThreshold = Objects.requireNonNullElse(input.painThreshold(), program.painThreshold);
        program.painRise = Objects.requireNonNullElse(input.painRise(), program.painRise);
        program.inactiveDays = Objects.requireNonNullElse(input.inactiveDays(), program.inactiveDays);
        if (input.redFlags() != null) {
            program.redFlags = new ArrayList<>(input.redFlags().stream().map(Enum::name).distinct().toList());
        }
    }

    /** Adds one exercise at the end of the draft, dosed from its defaults. */
    @Transactional
    public ProgramView addItem(Account caller, long programId, long exerciseId) {
        Program program = editable(caller, programId, null);
        List<ProgramItem> items = draftItems(programId);
        if (items.size() >= 100) {
            throw InvalidInputException.field("exerciseId", "a program can hold at most 100 exercises");
        }
        Exercise exercise = exercises(caller, List.of(exerciseId)).get(exerciseId);
        if (exercise == null) {
            throw InvalidInputException.field("exerciseId", "no such exercise in your library");
        }
        if (exercise.status == ExerciseStatus.ARCHIVED) {
            throw InvalidInputException.field("exerciseId", "\"" + exercise.name + "\" is archived; choose an active exercise");
        }
        ProgramItem item = toItem(new ItemInput(exerciseId, null, null, null, null, null, null, null, null, null, null, null, null),
                exercise, program.id, items.size() + 1);
        item.persist();
        changed(caller, program);
        return view(program);
    }

    @Transactional
    public ProgramView updateItem(Account caller, long programId, long itemId, ItemInput input) {
        Program program = editable(caller, programId, null);
        ProgramItem item = draftItem(programId, itemId);
        Exercise exercise = exercises(caller, List.of(item.exerciseId)).get(item.exerciseId);
        ProgramItem updated = toItem(new ItemInput(item.exerciseId, input.sets(), input.reps(), input.side(), input.holdSeconds(),
                input.durationSeconds(), input.restSeconds(), input.timesPerDay(), input.daysPerWeek(), input.weekdays(),
                input.load(), input.tempo(), input.notes()), exercise, programId, item.position);
        checkItem(updated, "");
        copyDosage(updated, item);
        changed(caller, program);
        return view(program);
    }

    @Transactional
    public ProgramView removeItem(Account caller, long programId, long itemId) {
        Program program = editable(caller, programId, null);
        ProgramItem item = draftItem(programId, itemId);
        item.delete();
        em.flush();
        renumber(programId);
        changed(caller, program);
        return view(program);
    }

    /** Moves an item one place up (-1) or down (+1). */
    @Transactional
    public ProgramView moveItem(Account caller, long programId, long itemId, int direction) {
        Program program = editable(caller, programId, null);
        List<ProgramItem> items = new ArrayList<>(draftItems(programId));
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id == itemId) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("The item");
        }
        int other = index + Integer.signum(direction);
        if (other >= 0 && other < items.size()) {
            ProgramItem a = items.get(index);
            ProgramItem b = items.get(other);
            int position = a.position;
            a.position = b.position;
            b.position = position;
            changed(caller, program);
        }
        return view(program);
    }

    @Transactional
    public PublishResult publish(Account caller, long programId, Integer expectedVersion) {
        Program program = editable(caller, programId, expectedVersion);
        List<PublishedItem> items = snapshot(program);
        if (items.isEmpty()) {
            throw InvalidInputException.field("items", "add at least one exercise before publishing");
        }
        List<PublishedItem> before = program.publishedVersion == 0 ? List.of()
                : loadVersion(programId, program.publishedVersion).items();
        List<Change> changes = changes(before, items);
        if (program.publishedVersion > 0 && changes.isEmpty() && !program.draftChanged) {
            throw new ConflictException("Nothing changed since version " + program.publishedVersion + ".");
        }
        int number = program.publishedVersion + 1;
        try {
            em.createNativeQuery("""
                    insert into program_version (program_id, number, title, goal, items, published_by)
                    values (:p, :n, :title, :goal, cast(:items as jsonb), :by)""")
                    .setParameter("p", programId).setParameter("n", number).setParameter("title", program.title)
                    .setParameter("goal", program.goal).setParameter("items", json.writeValueAsString(items))
                    .setParameter("by", caller.displayName()).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("program snapshot could not be written", e);
        }
        program.publishedVersion = number;
        program.status = ProgramStatus.ACTIVE;
        program.draftChanged = false;
        program.changedBy(caller.displayName());
        patients.touch(program.patientId);
        em.flush();
        return new PublishResult(loadVersion(programId, number), changes);
    }

    @Transactional
    public ProgramView archive(Account caller, long programId) {
        Program program = visible(caller, programId);
        program.status = ProgramStatus.ARCHIVED;
        program.changedBy(caller.displayName());
        em.flush();
        return view(program);
    }

    // ------------------------------------------------------------------ internals

    private Program editable(Account caller, long programId, Integer expectedVersion) {
        Program program = visible(caller, programId);
        if (program.status == ProgramStatus.ARCHIVED) {
            throw new ConflictException("This program is archived. Start a new program instead.");
        }
        if (expectedVersion != null && expectedVersion != program.version) {
            throw new ConflictException("Someone else saved this program since you opened it. Reload it and apply your change again.");
        }
        return program;
    }

    private void changed(Account caller, Program program) {
        program.draftChanged = true;
        program.changedBy(caller.displayName());
        em.flush();
    }

    private List<ProgramItem> draftItems(long programId) {
        return ProgramItem.list("programId = ?1 order by position", programId);
    }

    private ProgramItem draftItem(long programId, long itemId) {
        return ProgramItem.<ProgramItem>find("id = ?1 and programId = ?2", itemId, programId).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("The item"));
    }

    private void renumber(long programId) {
        List<ProgramItem> items = draftItems(programId);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).position = i + 1;
        }
    }

    private Map<Long, Exercise> exercises(Account caller, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Exercise.<Exercise>list("id in ?1 and (clinicId is null or clinicId = ?2)", ids, caller.clinicId()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
    }

    private void replaceItems(Account caller, Program program, List<ItemInput> inputs, Set<Long> alreadyInDraft) {
        Map<Long, Exercise> exercises = exercises(caller, inputs.stream().map(ItemInput::exerciseId).distinct().toList());
        List<ProgramItem> items = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ItemInput input = inputs.get(i);
            Exercise exercise = exercises.get(input.exerciseId());
            if (exercise == null) {
                throw InvalidInputException.field("items." + i + ".exerciseId", "no such exercise in your library");
            }
            if (exercise.status == ExerciseStatus.ARCHIVED && !alreadyInDraft.contains(exercise.id)) {
                throw InvalidInputException.field("items." + i + ".exerciseId", "\"" + exercise.name + "\" is archived; choose an active exercise");
            }
            ProgramItem item = toItem(input, exercise, program.id, i + 1);
            checkItem(item, "items." + i);
            items.add(item);
        }
        em.createNativeQuery("delete from program_item where program_id = :p").setParameter("p", program.id).executeUpdate();
        items.forEach(item -> item.persist());
    }

    private static void checkItem(ProgramItem item, String prefix) {
        String field = prefix.isEmpty() ? "reps" : prefix;
        if (item.reps == null && (item.holdSeconds == null || item.holdSeconds == 0)
                && (item.durationSeconds == null || item.durationSeconds == 0)) {
            throw InvalidInputException.field(field, "give repetitions, a hold time or a duration");
        }
    }

    /** The item with every empty dosage field filled from the exercise's defaults (the low end of each range). */
    static ProgramItem toItem(ItemInput in, Exercise e, long programId, int position) {
        ProgramItem item = new ProgramItem();
        item.programId = programId;
        item.position = position;
        item.exerciseId = e.id;
        item.sets = in.sets() != null ? in.sets() : e.setsMin;
        item.reps = in.reps() != null ? in.reps() : e.repsMin;
        item.side = in.side() != null ? in.side() : switch (e.repsMode) {
            case EACH_SIDE, EACH_SIDE_ALTERNATING -> Side.EACH_SIDE;
            case ALTERNATING_TOTAL -> Side.ALTERNATING;
            case PLAIN -> Side.BOTH;
        };
        item.holdSeconds = in.holdSeconds() != null ? in.holdSeconds() : e.holdMinSeconds;
        item.durationSeconds = in.durationSeconds() != null ? in.durationSeconds() : e.durationMinSeconds;
        item.restSeconds = in.restSeconds();
        item.timesPerDay = in.timesPerDay() != null ? in.timesPerDay() : e.timesPerDayMin != null ? e.timesPerDayMin : 1;
        item.weekdays = in.weekdays() == null ? new ArrayList<>()
                : new ArrayList<>(in.weekdays().stream().distinct().sorted().map(Enum::name).toList());
        item.daysPerWeek = !item.weekdays.isEmpty() ? item.weekdays.size() : in.daysPerWeek() != null ? in.daysPerWeek() : 7;
        item.load = blankToNull(in.load());
        item.tempo = blankToNull(in.tempo());
        item.notes = blankToNull(in.notes());
        return item;
    }

    private static void copyDosage(ProgramItem from, ProgramItem to) {
        to.sets = from.sets;
        to.reps = from.reps;
        to.side = from.side;
        to.holdSeconds = from.holdSeconds;
        to.durationSeconds = from.durationSeconds;
        to.restSeconds = from.restSeconds;
        to.timesPerDay = from.timesPerDay;
        to.daysPerWeek = from.daysPerWeek;
        to.weekdays = from.weekdays;
        to.load = from.load;
        to.tempo = from.tempo;
        to.notes = from.notes;
    }

    private static ItemInput fromTemplate(TemplateItem t) {
        return new ItemInput(t.exerciseId(), t.sets(), t.reps(), null, t.holdSeconds(), t.durationSeconds(), null,
                t.timesPerDay(), null, null, null, null, t.note());
    }

    private static ItemInput toInput(ProgramItem i) {
        return new ItemInput(i.exerciseId, i.sets, i.reps, i.side, i.holdSeconds, i.durationSeconds, i.restSeconds,
                i.timesPerDay, i.daysPerWeek, weekdays(i), i.load, i.tempo, i.notes);
    }

    private static List<DayOfWeek> weekdays(ProgramItem i) {
        return i.weekdays.stream().map(DayOfWeek::valueOf).toList();
    }

    private ProgramView view(Program p) {
        List<ProgramItem> items = draftItems(p.id);
        Map<Long, Object[]> names = new LinkedHashMap<>();
        if (!items.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, name, status from exercise where id in (:ids)")
                    .setParameter("ids", items.stream().map(i -> i.exerciseId).distinct().toList()).getResultList();
            rows.forEach(r -> names.put(((Number) r[0]).longValue(), r));
        }
        List<ItemView> views = items.stream().map(i -> {
            Object[] e = names.get(i.exerciseId);
            return new ItemView(i.id, i.position, i.exerciseId, (String) e[1], "ARCHIVED".equals(e[2]), i.sets, i.reps, i.side,
                    i.holdSeconds, i.durationSeconds, i.restSeconds, i.timesPerDay, i.daysPerWeek, weekdays(i), i.load,
                    i.tempo, i.notes, Prescription.summary(i.sets, i.reps, i.side, i.holdSeconds, i.durationSeconds,
                    i.restSeconds, i.timesPerDay, i.daysPerWeek, weekdays(i), i.load, i.tempo));
        }).toList();
        String patientName = (String) em.createNativeQuery("select first_name || ' ' || last_name from patient where id = :p")
                .setParameter("p", p.patientId).getSingleResult();
        return new ProgramView(p.id, p.patientId, patientName, p.title, p.goal, p.startDate, p.reviewDate, p.status,
                p.painThreshold, p.painRise, p.redFlags.stream().map(Symptom::valueOf).toList(), p.inactiveDays, p.publishedVersion,
                p.draftChanged, views, p.updatedBy, p.version);
    }

    /** The draft as it would be published: items with the exercises' current content. */
    private List<PublishedItem> snapshot(Program program) {
        List<ProgramItem> items = draftItems(program.id);
        Map<Long, Exercise> exercises = Exercise.<Exercise>list("id in ?1",
                        items.isEmpty() ? List.of(-1L) : items.stream().map(i -> i.exerciseId).distinct().toList())
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        return items.stream().map(i -> {
            Exercise e = exercises.get(i.exerciseId);
            String position = e.position.label + (e.positionDetail == null ? "" : ": " + e.positionDetail);
            List<DayOfWeek> days = weekdays(i);
            return new PublishedItem(i.position, e.id, e.name, position, List.copyOf(e.equipment), List.copyOf(e.steps),
                    List.copyOf(e.cues), List.copyOf(e.precautions), i.sets, i.reps, i.side, i.holdSeconds,
                    i.durationSeconds, i.restSeconds, i.timesPerDay, i.daysPerWeek, days, i.load, i.tempo, i.notes,
                    Prescription.summary(i.sets, i.reps, i.side, i.holdSeconds, i.durationSeconds, i.restSeconds,
                            i.timesPerDay, i.daysPerWeek, days, i.load, i.tempo),
                    Prescription.inWords(i.sets, i.reps, i.side, i.holdSeconds, i.durationSeconds, i.restSeconds,
                            i.timesPerDay, i.daysPerWeek, days, i.load, i.tempo));
        }).toList();
    }

    /**
     * A published version by number, for callers that already scoped the program to the user.
     * Versions never change (the database refuses it), so they are kept in a small cache.
     */
    public VersionView publishedVersion(long programId, int number) {
        String key = programId + "/" + number;
        VersionView cached = versionCache.get(key);
        if (cached == null) {
            cached = loadVersion(programId, number);
            if (versionCache.size() > 2000) {
                versionCache.clear();
            }
            versionCache.put(key, cached);
        }
        return cached;
    }

    private VersionView loadVersion(long programId, int number) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select title, goal, published_by, published_at, cast(items as text)
                from program_version where program_id = :p and number = :n""")
                .setParameter("p", programId).setParameter("n", number).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Version " + number);
        }
        Object[] r = rows.getFirst();
        return new VersionView(programId, number, (String) r[0], (String) r[1], (String) r[2], toTime(r[3]),
                readItems((String) r[4], programId));
    }

    /** Added, removed and re-dosed exercises between two lists of items (matched by exercise). */
    static List<Change> changes(List<PublishedItem> before, List<PublishedItem> after) {
        Map<Long, PublishedItem> old = new LinkedHashMap<>();
        before.forEach(i -> old.putIfAbsent(i.exerciseId(), i));
        Set<Long> seen = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        for (PublishedItem now : after) {
            if (!seen.add(now.exerciseId())) {
                continue;
            }
            PublishedItem was = old.get(now.exerciseId());
            if (was == null) {
                changes.add(new Change(ChangeKind.ADDED, now.exerciseId(), now.exerciseName(), List.of()));
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            compare(fields, "sets", was.sets(), now.sets());
            compare(fields, "reps", was.reps(), now.reps());
            compare(fields, "side", was.side(), now.side());
            compare(fields, "hold (s)", was.holdSeconds(), now.holdSeconds());
            compare(fields, "duration (s)", was.durationSeconds(), now.durationSeconds());
            compare(fields, "rest (s)", was.restSeconds(), now.restSeconds());
            compare(fields, "times per day", was.timesPerDay(), now.timesPerDay());
            compare(fields, "days per week", was.daysPerWeek(), now.daysPerWeek());
            compare(fields, "weekdays", was.weekdays(), now.weekdays());
            compare(fields, "load", was.load(), now.load());
            compare(fields, "tempo", was.tempo(), now.tempo());
            compare(fields, "notes", was.notes(), now.notes());
            if (!fields.isEmpty()) {
                changes.add(new Change(ChangeKind.CHANGED, now.exerciseId(), now.exerciseName(), fields));
            }
        }
        for (PublishedItem was : old.values()) {
            if (!seen.contains(was.exerciseId())) {
                changes.add(new Change(ChangeKind.REMOVED, was.exerciseId(), was.exerciseName(), List.of()));
            }
        }
        return changes;
    }

    private static void compare(List<FieldChange> fields, String name, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            fields.add(new FieldChange(name, text(was), text(now)));
        }
    }

    private static String text(Object value) {
        if (value == null || (value instanceof List<?> l && l.isEmpty())) {
            return "—";
        }
        return value instanceof List<?> l ? l.stream().map(Object::toString).collect(Collectors.joining(", ")) : value.toString();
    }


    private static OffsetDateTime toTime(Object o) {
        return app.physiorx.common.Row.toTime(o);
    }
}
