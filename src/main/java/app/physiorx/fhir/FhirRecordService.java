package app.physiorx.fhir;

import app.physiorx.account.Account;
import app.physiorx.account.StaffDirectory;
import app.physiorx.account.StaffRef;
import app.physiorx.alert.AlertApi.AlertView;
import app.physiorx.alert.AlertService;
import app.physiorx.common.NotAllowedException;
import app.physiorx.common.NotFoundException;
import app.physiorx.config.PhysioRxConfig;
import app.physiorx.exercise.ExerciseService;
import app.physiorx.outcome.InstrumentService;
import app.physiorx.outcome.OutcomeApi.MeasureView;
import app.physiorx.outcome.OutcomeApi.ResponseView;
import app.physiorx.outcome.OutcomeService;
import app.physiorx.patient.PatientApi.PatientRef;
import app.physiorx.patient.PatientApi.PatientView;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.RecordVersion;
import app.physiorx.program.ProgramService;
import app.physiorx.progress.SessionApi.SessionView;
import app.physiorx.progress.SessionService;
import app.physiorx.template.TemplateService;
import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A patient's record as FHIR resources, built from the features that own the data. The patient is resolved
 * first through {@link PatientService#record} (the caller's caseload for staff, their own record for a patient;
 * anything else is 404, and the read is audited with the patient's id); every later read is kept to that patient
 * and clinic in its query. Only the kinds of resource asked for are read.
 */
@ApplicationScoped
public class FhirRecordService {
    /** The kinds of resource in a patient's record. */
    enum Kind { PATIENT, PRACTITIONER, CARE_PLAN, SERVICE_REQUEST, OBSERVATION, QUESTIONNAIRE, QUESTIONNAIRE_RESPONSE, FLAG }

    private final PatientService patients;
    private final ProgramService programs;
    private final SessionService sessions;
    private final OutcomeService outcomes;
    private final AlertService alerts;
    private final ExerciseService exercises;
    private final TemplateService templates;
    private final InstrumentService instruments;
    private final StaffDirectory staff;
    private final FhirContext fhir;
    private final ZoneId zone;
    private final String mrnSystem;

    public FhirRecordService(PatientService patients, ProgramService programs, SessionService sessions, OutcomeService outcomes,
                             AlertService alerts, ExerciseService exercises, TemplateService templates,
                             InstrumentService instruments, StaffDirectory staff, FhirContext fhir, PhysioRxConfig config) {
        this.patients = patients;
        this.programs = programs;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.alerts = alerts;
        this.exercises = exercises;
        this.templates = templates;
        this.instruments = instruments;
        this.staff = staff;
        this.fhir = fhir;
        this.zone = config.timeZone();
        this.mrnSystem = FhirIds.BASE + "/sid/mrn/clinic-";
    }

    /** The patient's resources of the kinds asked for, in a stable order (the patient first). */
    @Transactional
    public List<Resource> record(Account caller, long patientId, Set<Kind> kinds) {
        PatientView patient = patients.record(caller, patientId); // 404 outside the caller's scope; audited
        PatientRef ref = new PatientRef(patient.id(), caller.clinicId(), patient.fullName());
        Reference author = patient.therapist() == null ? null : RecordResources.practitionerRef(patient.therapist());
        List<Resource> out = new ArrayList<>();
        if (kinds.contains(Kind.PATIENT)) {
            out.add(RecordResources.patient(patient, mrnSystem + caller.clinicId()));
        }
        if (kinds.contains(Kind.PRACTITIONER) && patient.therapist() != null) {
            out.add(RecordResources.practitioner(patient.therapist()));
        }
        List<RecordVersion> versions = kinds.contains(Kind.CARE_PLAN) || kinds.contains(Kind.SERVICE_REQUEST)
                || kinds.contains(Kind.OBSERVATION) ? programs.ofRecord(ref) : List.of();
        String base = FhirIds.BASE;
        for (RecordVersion v : versions) {
            if (kinds.contains(Kind.CARE_PLAN)) {
                out.add(ProgramResources.carePlan(patient.id(), author, v, zone));
            }
        }
        for (RecordVersion v : versions) {
            if (kinds.contains(Kind.SERVICE_REQUEST)) {
                out.addAll(ProgramResources.serviceRequests(patient.id(), author, v, base));
            }
        }
        if (kinds.contains(Kind.OBSERVATION)) {
            Map<String, RecordVersion> byVersion = new HashMap<>();
            versions.forEach(v -> byVersion.put(v.version().programId() + "/" + v.version().number(), v));
            for (SessionView s : sessions.ofRecord(ref)) {
                out.addAll(RecordResources.observations(patient.id(), s, byVersion.get(s.programId() + "/" + s.programVersion()), zone));
            }
        }
        if (kinds.contains(Kind.QUESTIONNAIRE) || kinds.contains(Kind.QUESTIONNAIRE_RESPONSE)) {
            List<MeasureView> measures = outcomes.ofRecord(ref);
            if (kinds.contains(Kind.QUESTIONNAIRE)) {
                Map<Long, MeasureView> byInstrument = new LinkedHashMap<>();
                measures.forEach(m -> byInstrument.putIfAbsent(m.instrument().id(), m));
                byInstrument.values().forEach(m -> out.add(RecordResources.questionnaire(fhir, m.instrument())));
            }
            if (kinds.contains(Kind.QUESTIONNAIRE_RESPONSE)) {
                for (MeasureView m : measures) {
                    for (ResponseView r : m.responses()) {
                        out.add(RecordResources.response(patient.id(), m, r));
                    }
                }
            }
        }
        if (kinds.contains(Kind.FLAG)) {
            for (AlertView a : alerts.ofRecord(ref)) {
                out.add(RecordResources.flag(patient.id(), a));
            }
        }
        return out;
    }

    /** The signed-in patient's own record id (404 when the account has none). */
    @Transactional
    public long ownPatientId(Account patient) {
        return patients.forPatientAccount(patient).id();
    }

    /** Everything in the patient's record. */
    public List<Resource> everything(Account caller, long patientId) {
        return record(caller, patientId, EnumSet.allOf(Kind.class));
    }

    // ------------------------------------------------------------------ definitions (care team only)

    @Transactional(Transactional.TxType.SUPPORTS)
    public Resource activityDefinition(Account caller, long exerciseId) {
        staffOnly(caller);
        return ProgramResources.activityDefinition(exercises.get(caller, exerciseId), FhirIds.BASE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Resource planDefinition(Account caller, long templateId) {
        staffOnly(caller);
        return ProgramResources.planDefinition(templates.get(caller, templateId), FhirIds.BASE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Resource questionnaire(Account caller, long instrumentId) {
        staffOnly(caller);
        return RecordResources.questionnaire(fhir, instruments.get(caller, instrumentId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Resource practitioner(Account caller, long staffId) {
        staffOnly(caller);
        StaffRef found = staff.therapists(caller.clinicId()).stream().filter(s -> s.id() == staffId).findFirst()
                .orElseThrow(() -> new NotFoundException("Practitioner/" + staffId));
        return RecordResources.practitioner(found);
    }

    private static void staffOnly(Account caller) {
        if (!caller.isStaff()) {
            throw new NotAllowedException("Only clinic staff can read the clinic's definitions; a patient reads their own record.");
        }
    }
}
