package app.physiorx.program;

import static app.physiorx.common.Text.blankToNull;

import app.physiorx.account.Account;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotFoundException;
import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.patient.PatientApi.PatientRef;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.ItemInput;
import app.physiorx.program.ProgramApi.ItemView;
import app.physiorx.program.ProgramApi.NewProgram;
import app.physiorx.program.ProgramApi.ProgramDetails;
import app.physiorx.program.ProgramApi.ProgramInput;
import app.physiorx.program.ProgramApi.ProgramView;
import app.physiorx.template.TemplateApi.TemplateView;
import app.physiorx.template.TemplateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Changes to a program's draft: creating it, its details, its items and their dosage; and the draft as a view. */
@ApplicationScoped
public class ProgramDraftService {
    static final int MAX_ITEMS = 100;

    private final EntityManager em;
    private final ProgramQueries queries;
    private final PatientService patients;
    private final app.physiorx.patient.PatientLanguageQueries languages;
    private final TemplateService templates;
    private final ExerciseService exercises;
    private final ProgramMonitoringService monitoring;

    public ProgramDraftService(EntityManager em, ProgramQueries queries, PatientService patients, TemplateService templates,
                               ExerciseService exercises, ProgramMonitoringService monitoring,
                               app.physiorx.patient.PatientLanguageQueries languages) {
        this.languages = languages;
        this.em = em;
        this.monitoring = monitoring;
        this.queries = queries;
        this.patients = patients;
        this.templates = templates;
        this.exercises = exercises;
    }

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
            TemplateView template = templates.get(caller, request.templateId());
            // the patient reads the title and the goal: a Spanish-speaking patient's program starts from the Spanish
            var words = templates.wordsIn(template.id(), languages.of(patient.id()))
                    .orElse(new app.physiorx.template.TemplateApi.TemplateWords(template.name(), template.description()));
            title = blank(title) ? words.name() : title;
            program.goal = words.description() == null ? template.description() : words.description();
            items = template.items().stream().filter(i -> !i.exerciseArchived())
                    .map(i -> ItemInput.of(i.exerciseId(), i.toDosage(), i.stage())).toList();
        } else if (request.copyFromProgramId() != null) {
            Program source = queries.visible(caller, request.copyFromProgramId());
            title = blank(title) ? source.title : title;
            copySettings(source, program);
            items = draftItems(source.id).stream().map(i -> ItemInput.of(i.exerciseId, i.dosage(), i.stage)).toList();
        }
        program.title = blank(title) ? "Home program" : title.strip();
        program.persist();
        em.flush();
        replaceItems(caller, program, items, Map.of());
        patients.touch(patient.id());
        em.flush();
        return view(program);
    }

    private static boolean blank(String title) {
        return title == null || title.isBlank();
    }

    private static void copySettings(Program source, Program program) {
        program.goal = source.goal;
        program.painThreshold = source.painThreshold;
        program.painRise = source.painRise;
        program.inactiveDays = source.inactiveDays;
        program.redFlags = new ArrayList<>(source.redFlags);
    }

    @Transactional
    public ProgramView update(Account caller, long programId, ProgramInput input) {
        Program program = editable(caller, programId, input.version());
        boolean detailsChanged = applyDetails(caller, program, new ProgramDetails(input.title(), input.goal(),
                input.startDate(), input.reviewDate(), input.painThreshold(), input.painRise(), input.redFlags(),
                input.inactiveDays(), input.version(), input.activeStage()));
        List<ProgramItem> before = draftItems(program.id);
        Map<Long, Integer> already = before.stream().collect(Collectors.toMap(i -> i.exerciseId, i -> i.stage, (a, b) -> a));
        List<String> was = before.stream().map(ProgramDraftService::content).toList();
        replaceItems(caller, program, input.items(), already);
        em.flush();
        if (detailsChanged || !was.equals(draftItems(program.id).stream().map(ProgramDraftService::content).toList())) {
            changed(caller, program);
        } else {
            program.changedBy(caller.displayName());
            em.flush();
        }
        return view(program);
    }

    /**
     * Title, goal, active stage, dates and alert settings; the items stay as they are. Only the title, goal and
     * active stage are changes of the draft (the patient sees them once published); dates and alert settings
     * take effect at once, and alert-setting changes are recorded ({@link ProgramMonitoringService}).
     */
    @Transactional
    public ProgramView updateDetails(Account caller, long programId, ProgramDetails details) {
        Program program = editable(caller, programId, details.version());
        if (applyDetails(caller, program, details)) {
            changed(caller, program);
        } else {
            program.changedBy(caller.displayName());
            em.flush();
        }
        return view(program);
    }

    /** Applies the details; true when what the patient will read changed (title, goal, active stage). */
    private boolean applyDetails(Account caller, Program program, ProgramDetails input) {
        if (input.reviewDate() != null && input.startDate() != null && input.reviewDate().isBefore(input.startDate())) {
            throw InvalidInputException.field("reviewDate", "the review date cannot be before the start date");
        }
        String title = input.title().strip();
        String goal = blankToNull(input.goal());
        int stage = Objects.requireNonNullElse(input.activeStage(), program.activeStage);
        boolean changed = !title.equals(program.title) || !Objects.equals(goal, program.goal) || stage != program.activeStage;
        program.title = title;
        program.goal = goal;
        program.activeStage = stage;
        program.startDate = input.startDate();
        program.reviewDate = input.reviewDate();
        monitoring.apply(caller, program, input);
        return changed;
    }

    /** Adds one exercise at the end of the draft, dosed from its defaults. */
    @Transactional
    public ProgramView addItem(Account caller, long programId, long exerciseId) {
        Program program = editable(caller, programId, null);
        List<ProgramItem> items = draftItems(programId);
        if (items.size() >= MAX_ITEMS) {
            throw InvalidInputException.field("exerciseId", "a program can hold at most 100 exercises");
        }
        Prescribable exercise = exercises.prescribable(caller, List.of(exerciseId)).get(exerciseId);
        if (exercise == null) {
            throw InvalidInputException.field("exerciseId", "no such exercise in your library");
        }
        if (exercise.archived()) {
            throw InvalidInputException.field("exerciseId", "\"" + exercise.name() + "\" is archived; choose an active exercise");
        }
        Dosage none = new Dosage(null, null, null, null, null, null, null, null, null, null, null, null);
        toItem(none, exercise, program.id, items.size() + 1, 1).persist();
        changed(caller, program);
        return view(program);
    }

    @Transactional
    public ProgramView updateItem(Account caller, long programId, long itemId, ItemInput input) {
        Program program = editable(caller, programId, null);
        ProgramItem item = draftItem(programId, itemId);
        Prescribable exercise = exercises.prescribable(caller, List.of(item.exerciseId)).get(item.exerciseId);
        ProgramItem updated = toItem(input.toDosage(), exercise, programId, item.position,
                Objects.requireNonNullElse(input.stage(), item.stage));
        checkItem(updated, "");
        item.setDosage(updated.dosage());
        item.stage = updated.stage;
        changed(caller, program);
        return view(program);
    }

    @Transactional
    public ProgramView removeItem(Account caller, long programId, long itemId) {
        Program program = editable(caller, programId, null);
        ProgramItem item = draftItem(programId, itemId);
        item.delete();
        em.flush();
        List<ProgramItem> items = draftItems(programId);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).position = i + 1;
        }
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
    public ProgramView archive(Account caller, long programId) {
        Program program = queries.visible(caller, programId);
        program.status = ProgramStatus.ARCHIVED;
        program.changedBy(caller.displayName());
        em.flush();
        return view(program);
    }

    /** The program if the caller may change it: not archived and, when a version is given, not saved by someone since. */
    Program editable(Account caller, long programId, Integer expectedVersion) {
        Program program = queries.visible(caller, programId);
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

    /** What the patient would read of an item, to tell a real change from a save of the same content. */
    private static String content(ProgramItem i) {
        return i.exerciseId + "|" + i.stage + "|" + i.dosage();
    }

    static List<ProgramItem> draftItems(long programId) {
        return ProgramItem.list("programId = ?1 order by position", programId);
    }

    private static ProgramItem draftItem(long programId, long itemId) {
        return ProgramItem.<ProgramItem>find("id = ?1 and programId = ?2", itemId, programId).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("The item"));
    }

    /** {@code alreadyInDraft}: the stage of each exercise already in the draft (kept when an input gives none). */
    private void replaceItems(Account caller, Program program, List<ItemInput> inputs, Map<Long, Integer> alreadyInDraft) {
        Map<Long, Prescribable> found = exercises.prescribable(caller, inputs.stream().map(ItemInput::exerciseId).distinct().toList());
        List<ProgramItem> items = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ItemInput input = inputs.get(i);
            Prescribable exercise = found.get(input.exerciseId());
            if (exercise == null) {
                throw InvalidInputException.field("items." + i + ".exerciseId", "no such exercise in your library");
            }
            if (exercise.archived() && !alreadyInDraft.containsKey(exercise.id())) {
                throw InvalidInputException.field("items." + i + ".exerciseId", "\"" + exercise.name() + "\" is archived; choose an active exercise");
            }
            int stage = input.stage() != null ? input.stage() : alreadyInDraft.getOrDefault(exercise.id(), 1);
            ProgramItem item = toItem(input.toDosage(), exercise, program.id, i + 1, stage);
            checkItem(item, "items." + i);
            items.add(item);
        }
        em.createNativeQuery("delete from program_item where program_id = :p").setParameter("p", program.id).executeUpdate();
        items.forEach(item -> item.persist());
    }

    private static void checkItem(ProgramItem item, String prefix) {
        if (!item.dosage().hasAmount()) {
            throw InvalidInputException.field(prefix.isEmpty() ? "reps" : prefix, "give repetitions, a hold time or a duration");
        }
    }

    private static ProgramItem toItem(Dosage given, Prescribable exercise, long programId, int position, int stage) {
        ProgramItem item = new ProgramItem();
        item.stage = stage;
        item.programId = programId;
        item.position = position;
        item.exerciseId = exercise.id();
        item.setDosage(DraftDosage.filled(given, exercise));
        return item;
    }

    /** The draft with its items, their exercises' names and the patient's name. */
    ProgramView view(Program p) {
        List<ProgramItem> items = draftItems(p.id);
        Map<Long, Prescribable> found = exercises.prescribed(items.stream().map(i -> i.exerciseId).distinct().toList());
        List<ItemView> views = items.stream().map(i -> {
            Prescribable e = found.get(i.exerciseId);
            return ItemView.of(i.id, i.position, i.exerciseId, e.name(), e.archived(), i.dosage(), i.stage);
        }).toList();
        return new ProgramView(p.id, p.patientId, patients.name(p.patientId), p.title, p.goal, p.startDate, p.reviewDate,
                p.status, p.painThreshold, p.painRise, p.redFlags.stream().map(Symptom::valueOf).toList(), p.inactiveDays,
                p.publishedVersion, p.draftChanged, views, p.updatedBy, p.version, p.activeStage);
    }
}
