package app.physiorx.program;

import app.physiorx.account.Account;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.Row;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.Change;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    private final ConcurrentHashMap<String, VersionView> versionCache = new ConcurrentHashMap<>();

    public ProgramVersionService(EntityManager em, ProgramDraftService drafts, PatientService patients,
                                 ExerciseService exercises, ObjectMapper json) {
        this.em = em;
        this.drafts = drafts;
        this.patients = patients;
        this.exercises = exercises;
        this.json = json;
    }

    @Transactional
    public PublishResult publish(Account caller, long programId, Integer expectedVersion) {
        Program program = drafts.editable(caller, programId, expectedVersion);
        List<PublishedItem> items = snapshot(program);
        if (items.isEmpty()) {
            throw InvalidInputException.field("items", "add at least one exercise before publishing");
        }
        List<Change> changes = VersionDiff.changes(newest(program), items);
        if (program.publishedVersion > 0 && changes.isEmpty() && !program.draftChanged) {
            throw new ConflictException("Nothing changed since version " + program.publishedVersion + ".");
        }
        int number = program.publishedVersion + 1;
        em.createNativeQuery("""
                insert into program_version (program_id, number, title, goal, items, published_by)
                values (:p, :n, :title, :goal, cast(:items as jsonb), :by)""")
                .setParameter("p", programId).setParameter("n", number).setParameter("title", program.title)
                .setParameter("goal", program.goal).setParameter("items", writeItems(items))
                .setParameter("by", caller.displayName()).executeUpdate();
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
        return VersionDiff.changes(newest(program), snapshot(program));
    }

    private List<PublishedItem> newest(Program program) {
        return program.publishedVersion == 0 ? List.of() : load(program.id, program.publishedVersion).items();
    }

    List<VersionSummary> versions(long programId) {
        return Row.map(em.createNativeQuery("""
                select number, title, published_by, published_at, jsonb_array_length(items)
                from program_version where program_id = :p order by number desc""")
                .setParameter("p", programId).getResultList(), r -> new VersionSummary(r.getInt(0), r.getString(1),
                r.getString(2), r.getTime(3), r.getInt(4)));
    }

    /** Every version, newest first, with what changed since the one before it: one query for all of them. */
    List<VersionHistory> history(long programId) {
        record Stored(VersionSummary summary, List<PublishedItem> items) {
        }
        List<Stored> rows = Row.map(em.createNativeQuery("""
                select number, title, published_by, published_at, cast(items as text)
                from program_version where program_id = :p order by number""")
                .setParameter("p", programId).getResultList(), r -> {
            List<PublishedItem> items = readItems(r.getString(4), programId);
            return new Stored(new VersionSummary(r.getInt(0), r.getString(1), r.getString(2), r.getTime(3), items.size()), items);
        });
        List<VersionHistory> history = new ArrayList<>();
        List<PublishedItem> previous = null;
        for (Stored s : rows) {
            history.addFirst(new VersionHistory(s.summary(), previous == null ? List.of() : VersionDiff.changes(previous, s.items())));
            previous = s.items();
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
                select title, goal, published_by, published_at, cast(items as text)
                from program_version where program_id = :p and number = :n""")
                .setParameter("p", programId).setParameter("n", number).getResultList(), r -> new VersionView(programId,
                number, r.getString(0), r.getString(1), r.getString(2), r.getTime(3), readItems(r.getString(4), programId)))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("Version " + number));
    }

    /** The draft as it would be published: items with the exercises' current content. */
    private List<PublishedItem> snapshot(Program program) {
        List<ProgramItem> items = ProgramDraftService.draftItems(program.id);
        Map<Long, Prescribable> found = exercises.prescribed(items.stream().map(i -> i.exerciseId).distinct().toList());
        return items.stream().map(i -> PublishedItem.of(i.position, found.get(i.exerciseId), i.dosage())).toList();
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
