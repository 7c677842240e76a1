package app.physiorx.program;

import app.physiorx.account.Account;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.Row;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.exercise.media.ExerciseMediaQueries;
import app.physiorx.exercise.media.MediaApi.MediaRef;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.Change;
import app.physiorx.program.ProgramApi.MonitoringChange;
import app.physiorx.program.ProgramApi.PublishResult;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionHistory;
import app.physiorx.program.ProgramApi.VersionSummary;
import app.physiorx.program.ProgramApi.VersionView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Published versions: publishing freezes the draft as version n, a JSON snapshot of the items with
 * the exercises' content as it was; versions are never changed afterwards (the database refuses).
 * Callers have checked that the program is visible.
 */
@ApplicationScoped
public class ProgramVersionService {
    private static final TypeReference<List<PublishedItem>> ITEMS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ProgramDraftService drafts;
    private final PatientService patients;
    private final ExerciseService exercises;
    private final ObjectMapper json;
    private final ExerciseMediaQueries media;
    private final ConcurrentHashMap<String, VersionView> versionCache = new ConcurrentHashMap<>();

    public ProgramVersionService(EntityManager em, ProgramDraftService drafts, PatientService patients,
                                 ExerciseService exercises, ObjectMapper json, ExerciseMediaQueries media) {
        this.media = media;
        this.em = em;
        this.drafts = drafts;
        this.patients = patients;
        this.exercises = exercises;
        this.json = json;
    }

    @Transactional
    public PublishResult publish(Account caller, long programId, Integer expectedVersion) {
        Program program = drafts.editable(caller, programId, expectedVersion);
        Staged staged = snapshot(program);
        List<PublishedItem> items = staged.items();
        if (items.isEmpty()) {
            throw InvalidInputException.field("items", "add at least one exercise before publishing");
        }
        if (items.stream().noneMatch(PublishedItem::forPatient)) {
            throw InvalidInputException.field("activeStage", "no exercise is in stage " + program.activeStage
                    + " or earlier: lower the active stage or move an exercise to it");
        }
        List<Change> changes = VersionDiff.changes(newest(program), draft(program, items));
        if (program.publishedVersion > 0 && changes.isEmpty()) {
            throw new ConflictException("Nothing changed since version " + program.publishedVersion
                    + ", so there is nothing to publish. Change the draft first.");
        }
        int number = program.publishedVersion + 1;
        em.createNativeQuery("""
                insert into program_version (program_id, number, title, goal, items, published_by, active_stage, next_stage)
                values (:p, :n, :title, :goal, cast(:items as jsonb), :by, :stage, :next)""")
                .setParameter("p", programId).setParameter("n", number).setParameter("title", program.title)
                .setParameter("goal", program.goal).setParameter("items", writeItems(items))
                .setParameter("by", caller.displayName()).setParameter("stage", program.activeStage)
                .setParameter("next", staged.nextStage()).executeUpdate();
        program.publishedVersion = number;
        program.status = ProgramStatus.ACTIVE;
        program.draftChanged = false;
        program.changedBy(caller.displayName());
        patients.touch(program.patientId);
        em.flush();
        return new PublishResult(load(programId, number), changes);
    }

    /** What publishing the draft now would change, against the newest published version. */
    List<Change> pendingChanges(Program program) {
        return VersionDiff.changes(newest(program), draft(program, snapshot(program).items()));
    }

    /** The newest published version, or null before the first. */
    private VersionDiff.Snapshot newest(Program program) {
        return program.publishedVersion == 0 ? null : VersionDiff.Snapshot.of(load(program.id, program.publishedVersion));
    }

    private static VersionDiff.Snapshot draft(Program program, List<PublishedItem> items) {
        return new VersionDiff.Snapshot(program.title, program.goal, program.activeStage, items);
    }

    List<VersionSummary> versions(long programId) {
        return Row.map(em.createNativeQuery("""
                select number, title, published_by, published_at, jsonb_array_length(items)
                from program_version where program_id = :p order by number desc""")
                .setParameter("p", programId).getResultList(), r -> new VersionSummary(r.getInt(0), r.getString(1),
                r.getString(2), r.getTime(3), r.getInt(4)));
    }

    /** The versions of all a patient's programs, oldest first within each program. */
    Map<Long, List<VersionSummary>> versionsForPatient(long patientId) {
        record Found(long programId, VersionSummary version) {
        }
        List<Found> rows = Row.map(em.createNativeQuery("""
                select v.program_id, v.number, v.title, v.published_by, v.published_at, jsonb_array_length(v.items)
                from program_version v join program pr on pr.id = v.program_id
                where pr.patient_id = :p order by v.program_id, v.number""")
                .setParameter("p", patientId).getResultList(), r -> new Found(r.getLong(0), new VersionSummary(r.getInt(1),
                r.getString(2), r.getString(3), r.getTime(4), r.getInt(5))));
        return rows.stream().collect(Collectors.groupingBy(Found::programId, LinkedHashMap::new,
                Collectors.mapping(Found::version, Collectors.toList())));
    }

    /** Every published version of every program of one patient of one clinic, with its program: one query. */
    List<ProgramApi.RecordVersion> ofPatient(long clinicId, long patientId) {
        return Row.map(em.createNativeQuery("""
                select v.program_id, v.number, v.title, v.goal, v.published_by, v.published_at, cast(v.items as text),
                       v.active_stage, v.next_stage, pr.status, pr.published_version, pr.start_date
                from program_version v join program pr on pr.id = v.program_id
                where pr.patient_id = :p and pr.clinic_id = :c order by v.program_id, v.number""")
                .setParameter("p", patientId).setParameter("c", clinicId).getResultList(), r -> new ProgramApi.RecordVersion(
                new VersionView(r.getLong(0), r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getTime(5),
                        readItems(r.getString(6), r.getLong(0)), r.getInt(7), r.getString(8)),
                ProgramStatus.valueOf(r.getString(9)), r.getInt(10), r.getDate(11)));
    }

    /** Every version, newest first, with what changed since the one before it: one query for all of them. */
    List<VersionHistory> history(long programId) {
        record Stored(VersionSummary summary, VersionDiff.Snapshot snapshot) {
        }
        List<Stored> rows = Row.map(em.createNativeQuery("""
                select number, title, published_by, published_at, cast(items as text), goal, active_stage
                from program_version where program_id = :p order by number""")
                .setParameter("p", programId).getResultList(), r -> {
            List<PublishedItem> items = readItems(r.getString(4), programId);
            return new Stored(new VersionSummary(r.getInt(0), r.getString(1), r.getString(2), r.getTime(3), items.size()),
                    new VersionDiff.Snapshot(r.getString(1), r.getString(5), r.getInt(6), items));
        });
        List<VersionHistory> history = new ArrayList<>();
        VersionDiff.Snapshot previous = null;
        for (Stored s : rows) {
            history.addFirst(new VersionHistory(s.summary(), previous == null ? List.of()
                    : VersionDiff.changes(previous, s.snapshot())));
            previous = s.snapshot();
        }
        return history;
    }

    /** The current version of a patient already checked to be visible to the caller. */
    Optional<VersionView> currentForPatient(long patientId) {
        record Current(long programId, int number) {
        }
        List<Current> found = Row.map(em.createNativeQuery("""
                select pr.id, pr.published_version from program pr
                where pr.patient_id = :p and pr.status = 'ACTIVE' and pr.published_version > 0
                order by pr.updated_at desc limit 1""").setParameter("p", patientId).getResultList(),
                r -> new Current(r.getLong(0), r.getInt(1)));
        return found.stream().findFirst().map(c -> load(c.programId(), c.number()));
    }

    /** A published version through a small cache: versions never change (the database refuses it). */
    VersionView cached(long programId, int number) {
        String key = programId + "/" + number;
        VersionView cached = versionCache.get(key);
        if (cached == null) {
            cached = load(programId, number);
            if (versionCache.size() > 2000) {
                versionCache.clear();
            }
            versionCache.put(key, cached);
        }
        return cached;
    }

    VersionView load(long programId, int number) {
        return Row.map(em.createNativeQuery("""
                select title, goal, published_by, published_at, cast(items as text), active_stage, next_stage
                from program_version where program_id = :p and number = :n""")
                .setParameter("p", programId).setParameter("n", number).getResultList(), r -> new VersionView(programId,
                number, r.getString(0), r.getString(1), r.getString(2), r.getTime(3), readItems(r.getString(4), programId),
                r.getInt(5), r.getString(6)))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("Version " + number));
    }

    /** The draft as it would be published, with the line about its next stage. */
    private record Staged(List<PublishedItem> items, String nextStage) {
    }

    /** The draft as it would be published: items with the exercises' current content, stages and who sees what. */
    private Staged snapshot(Program program) {
        List<ProgramItem> items = ProgramDraftService.draftItems(program.id);
        List<Long> ids = items.stream().map(i -> i.exerciseId).distinct().toList();
        Map<Long, Prescribable> found = exercises.prescribed(ids);
        Map<Long, Set<Long>> progressions = exercises.progressionsAmong(ids);
        List<StagePlan.Entry> entries = items.stream()
                .map(i -> new StagePlan.Entry(i.exerciseId, found.get(i.exerciseId).name(), i.stage)).toList();
        List<Boolean> shown = StagePlan.shown(entries, program.activeStage, progressions);
        Map<Long, List<MediaRef>> media = this.media.frozen(ids);
        List<PublishedItem> published = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ProgramItem item = items.get(i);
            published.add(PublishedItemText.withMedia(PublishedItem.of(item.position, found.get(item.exerciseId), item.dosage(),
                    item.stage, shown.get(i)), media.get(item.exerciseId)));
        }
        return new Staged(published, StagePlan.nextStage(entries, program.activeStage, progressions));
    }

    /** Alert-setting changes of the program, newest first. */
    List<MonitoringChange> monitoringChanges(long programId) {
        return Row.map(em.createNativeQuery("""
                select field, from_value, to_value, changed_by, changed_at from program_monitoring_change
                where program_id = :p order by changed_at desc, id desc""").setParameter("p", programId).getResultList(),
                r -> new MonitoringChange(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getTime(4)));
    }

    private List<PublishedItem> readItems(String jsonItems, long programId) {
        try {
            return json.readValue(jsonItems, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("versions of program " + programId + " could not be read", e);
        }
    }

    private String writeItems(List<PublishedItem> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("program snapshot could not be written", e);
        }
    }
}
