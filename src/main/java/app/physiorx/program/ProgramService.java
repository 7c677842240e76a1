package app.physiorx.program;

import app.physiorx.account.Account;
import app.physiorx.common.NotFoundException;
import app.physiorx.common.Row;
import app.physiorx.patient.PatientApi.PatientRef;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.Change;
import app.physiorx.program.ProgramApi.ItemInput;
import app.physiorx.program.ProgramApi.NewProgram;
import app.physiorx.program.ProgramApi.ProgramChoice;
import app.physiorx.program.ProgramApi.ProgramDetails;
import app.physiorx.program.ProgramApi.ProgramHistory;
import app.physiorx.program.ProgramApi.ProgramInput;
import app.physiorx.program.ProgramApi.ProgramSummary;
import app.physiorx.program.ProgramApi.ProgramView;
import app.physiorx.program.ProgramApi.PublishResult;
import app.physiorx.program.ProgramApi.VersionHistory;
import app.physiorx.program.ProgramApi.VersionSummary;
import app.physiorx.program.ProgramApi.VersionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Home programs, the feature's entry point. A program belongs to one patient and is visible exactly
 * when its patient is (the patient scope is part of every query, see {@link ProgramQueries}). Therapists
 * edit a draft ({@link ProgramDraftService}); publishing freezes it as a version ({@link ProgramVersionService}).
 */
@ApplicationScoped
public class ProgramService {
    private final EntityManager em;
    private final ProgramQueries queries;
    private final ProgramDraftService drafts;
    private final ProgramVersionService versions;
    private final PatientService patients;

    private final ProgramLanguage language;
    private final app.physiorx.patient.PatientLanguageQueries languages;

    public ProgramService(EntityManager em, ProgramQueries queries, ProgramDraftService drafts,
                          ProgramVersionService versions, PatientService patients, ProgramLanguage language,
                          app.physiorx.patient.PatientLanguageQueries languages) {
        this.languages = languages;
        this.language = language;
        this.em = em;
        this.queries = queries;
        this.drafts = drafts;
        this.versions = versions;
        this.patients = patients;
    }

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramSummary> listForPatient(Account caller, long patientId) {
        patients.visible(caller, patientId);
        return Row.map(em.createNativeQuery("""
                select pr.id, pr.title, pr.status, pr.published_version, pr.draft_changed,
                       (select count(*) from program_item i where i.program_id = pr.id), pr.updated_at
                from program pr where pr.patient_id = :p order by pr.status = 'ARCHIVED', pr.updated_at desc""")
                .setParameter("p", patientId).getResultList(), r -> new ProgramSummary(r.getLong(0), r.getString(1),
                ProgramStatus.valueOf(r.getString(2)), r.getInt(3), r.getBoolean(4), r.getInt(5), r.getTime(6)));
    }

    /** The caller's most recently changed programs (any patient they may see), to copy from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramChoice> copyChoices(Account caller) {
        return queries.copyChoices(caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgramView get(Account caller, long programId) {
        return drafts.view(queries.visible(caller, programId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionSummary> versions(Account caller, long programId) {
        queries.visible(caller, programId);
        return versions.versions(programId);
    }

    /** Every published version of every program of a patient the caller may see, by program id: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<VersionSummary>> versionsForPatient(Account caller, long patientId) {
        patients.visible(caller, patientId);
        return versions.versionsForPatient(patientId);
    }

    /**
     * Every published version of a patient whose record the caller was checked to see
     * ({@link app.physiorx.patient.PatientService#record}), oldest first by program; one query kept to the clinic.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramApi.RecordVersion> ofRecord(app.physiorx.patient.PatientApi.PatientRef record) {
        return versions.ofPatient(record.clinicId(), record.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView version(Account caller, long programId, int number) {
        queries.visible(caller, programId);
        return versions.load(programId, number);
    }

    /** Every version, newest first, with what changed since the one before it: one query for all of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionHistory> history(Account caller, long programId) {
        queries.visible(caller, programId);
        return versions.history(programId);
    }

    /** The versions with their changes and the alert-setting changes, each newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgramHistory programHistory(Account caller, long programId) {
        queries.visible(caller, programId);
        return new ProgramHistory(versions.history(programId), versions.monitoringChanges(programId));
    }

    /** What changed from version {@code from} to version {@code to}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> diff(Account caller, long programId, int from, int to) {
        queries.visible(caller, programId);
        return VersionDiff.changes(VersionDiff.Snapshot.of(versions.load(programId, from)),
                VersionDiff.Snapshot.of(versions.load(programId, to)));
    }

    /** What publishing the draft now would change, against the newest published version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> pendingChanges(Account caller, long programId) {
        return versions.pendingChanges(queries.visible(caller, programId));
    }

    /** The signed-in patient's current program: the newest published version of their active program. */
    @Transactional
    public VersionView currentForPatient(Account patientAccount) {
        PatientRef patient = patients.forPatientAccount(patientAccount);
        return currentForPatientRecord(patient.id()).orElseThrow(() -> new NotFoundException("A published program"));
    }

    /**
     * The signed-in patient's current program as they read it: the active stage's exercises, in their language
     * (each exercise's translation where it has one, the original marked where not).
     */
    @Transactional
    public VersionView currentToRead(Account patientAccount) {
        return inLanguage(currentForPatient(patientAccount), languages.ofAccount(patientAccount)).forPatient();
    }

    /** A version as a reader of {@code language} reads it ({@link ProgramLanguage}); English returns it unchanged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView inLanguage(VersionView version, String readerLanguage) {
        return language.in(version, readerLanguage);
    }

    /** The current version of a patient already checked to be visible to the caller. */
    public Optional<VersionView> currentForPatientRecord(long patientId) {
        return versions.currentForPatient(patientId);
    }

    /**
     * A published version by number, for callers that already scoped the program to the user.
     * Versions never change (the database refuses it), so they are kept in a small cache.
     */
    public VersionView publishedVersion(long programId, int number) {
        return versions.cached(programId, number);
    }

    /**
     * When the patient's program started, for counting what a week asks of them: its start date, or the day its
     * first version was published when none was set; empty before any publication.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDate> startDate(long programId) {
        List<?> found = em.createNativeQuery("select coalesce(p.start_date, (select cast(min(v.published_at) as date)"
                        + " from program_version v where v.program_id = p.id)) from program p where p.id = :id")
                .setParameter("id", programId).getResultList();
        return found.stream().filter(java.util.Objects::nonNull).map(o -> Row.of(o).getDate(0)).findFirst();
    }

    /** Whether the patient with this username has a program (for the dev demo data, which runs once). */
    @Transactional
    public boolean anyForPatientUsername(String username) {
        return queries.anyForPatientUsername(username);
    }

    // ------------------------------------------------------------------ writing

    public ProgramView create(Account caller, long patientId, NewProgram request) {
        return drafts.create(caller, patientId, request);
    }

    public ProgramView update(Account caller, long programId, ProgramInput input) {
        return drafts.update(caller, programId, input);
    }

    /** Title, goal, dates and alert settings; the items stay as they are. */
    public ProgramView updateDetails(Account caller, long programId, ProgramDetails details) {
        return drafts.updateDetails(caller, programId, details);
    }

    /** Adds one exercise at the end of the draft, dosed from its defaults. */
    public ProgramView addItem(Account caller, long programId, long exerciseId) {
        return drafts.addItem(caller, programId, exerciseId);
    }

    public ProgramView updateItem(Account caller, long programId, long itemId, ItemInput input) {
        return drafts.updateItem(caller, programId, itemId, input);
    }

    public ProgramView removeItem(Account caller, long programId, long itemId) {
        return drafts.removeItem(caller, programId, itemId);
    }

    /** Moves an item one place up (-1) or down (+1). */
    public ProgramView moveItem(Account caller, long programId, long itemId, int direction) {
        return drafts.moveItem(caller, programId, itemId, direction);
    }

    public PublishResult publish(Account caller, long programId, Integer expectedVersion) {
        return versions.publish(caller, programId, expectedVersion);
    }

    public ProgramView archive(Account caller, long programId) {
        return drafts.archive(caller, programId);
    }
}
