package app.physiorx.fhir;

import app.physiorx.account.StaffRef;
import app.physiorx.alert.AlertApi.AlertView;
import app.physiorx.alert.AlertStatus;
import app.physiorx.outcome.Instrument;
import app.physiorx.outcome.InstrumentJson;
import app.physiorx.outcome.OutcomeApi.InstrumentView;
import app.physiorx.outcome.OutcomeApi.MeasureView;
import app.physiorx.outcome.OutcomeApi.ResponseView;
import app.physiorx.patient.PatientApi.PatientView;
import app.physiorx.patient.PatientStatus;
import app.physiorx.program.ProgramApi.RecordVersion;
import app.physiorx.program.Symptom;
import app.physiorx.progress.SessionApi.ExerciseDone;
import app.physiorx.progress.SessionApi.SessionView;
import ca.uhn.fhir.context.FhirContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The patient, their therapist, their logged sessions ({@code Observation}s), their outcome measures
 * ({@code Questionnaire} and {@code QuestionnaireResponse}) and their alert ({@code Flag}) as FHIR R4.
 */
final class RecordResources {
    private RecordResources() {
    }

    static Patient patient(PatientView p, String mrnSystem) {
        Patient out = new Patient();
        out.setId(Long.toString(p.id()));
        out.addIdentifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(FhirIds.PATIENT_ID).setValue(Long.toString(p.id()));
        mrn(p).ifPresent(mrn -> out.addIdentifier().setUse(Identifier.IdentifierUse.USUAL)
                .setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")))
                .setSystem(mrnSystem).setValue(mrn));
        out.setActive(p.status() == PatientStatus.ACTIVE);
        out.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(p.lastName()).addGiven(p.firstName()).setText(p.fullName());
        if (p.dateOfBirth() != null) {
            out.setBirthDate(java.sql.Date.valueOf(p.dateOfBirth()));
        }
        if (p.email() != null && !p.email().isBlank()) {
            out.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.EMAIL).setValue(p.email());
        }
        if (p.phone() != null && !p.phone().isBlank()) {
            out.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE).setValue(p.phone());
        }
        if (p.therapist() != null) {
            out.addGeneralPractitioner(practitionerRef(p.therapist()));
        }
        return out;
    }

    /** The clinic's own patient identifier (medical record number), when the clinic set one. */
    static Optional<String> mrn(PatientView p) {
        return Optional.ofNullable(p.mrn()).filter(m -> !m.isBlank());
    }

    static Reference practitionerRef(StaffRef staff) {
        return new Reference("Practitioner/" + staff.id()).setDisplay(staff.name());
    }

    static Practitioner practitioner(StaffRef staff) {
        Practitioner out = new Practitioner();
        out.setId(Long.toString(staff.id()));
        out.addIdentifier().setSystem(FhirIds.STAFF_ID).setValue(Long.toString(staff.id()));
        out.setActive(true);
        HumanName name = out.addName().setText(staff.name());
        String[] parts = staff.name().trim().split("\\s+");
        if (parts.length > 1) {
            name.setFamily(parts[parts.length - 1]);
            for (int i = 0; i < parts.length - 1; i++) {
                name.addGiven(parts[i]);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ sessions

    /** The codes a session's observations carry, for {@code Observation?code=}. */
    static final List<String> OBSERVATION_CODES = List.of(FhirIds.PAIN_SEVERITY, FhirIds.EXERCISE_ACTIVITY);

    /**
     * A logged session: pain before, after and (when given) the worst during, each a LOINC 72514-3 rating with the
     * {@value FhirIds#PAIN_TIMING} extension saying which; then one LOINC 73985-4 observation per exercise done,
     * based on the ServiceRequest it answers, with what the patient did in the {@value FhirIds#PERFORMED} extension.
     */
    static List<Observation> observations(long patientId, SessionView s, RecordVersion version, ZoneId zone) {
        List<Observation> out = new ArrayList<>();
        Date when = Date.from(s.date().atStartOfDay(zone).toInstant());
        out.add(pain(patientId, s, "before", s.painBefore(), when));
        out.add(pain(patientId, s, "after", s.painAfter(), when));
        if (s.worstPainDuring() != null) {
            out.add(pain(patientId, s, "during", s.worstPainDuring(), when));
        }
        for (ExerciseDone e : s.exercises()) {
            if (!e.done()) {
                continue;
            }
            Observation o = base(patientId, s, "ex" + e.position(), when);
            o.setCode(new CodeableConcept(new Coding(FhirIds.LOINC, FhirIds.EXERCISE_ACTIVITY, "Exercise activity")).setText("Exercise done"));
            o.setValue(new CodeableConcept().setText(e.exerciseName()));
            if (version != null) {
                o.addBasedOn(new Reference("ServiceRequest/" + FhirIds.of(patientId, s.programId(), s.programVersion(), e.position())));
            }
            Extension done = new Extension(FhirIds.PERFORMED);
            ProgramResources.integer(done, "setsDone", e.setsDone());
            ProgramResources.integer(done, "repsDone", e.repsDone());
            ProgramResources.integer(done, "holdSeconds", e.holdSeconds());
            ProgramResources.integer(done, "durationSeconds", e.durationSeconds());
            ProgramResources.integer(done, "pain", e.pain());
            if (e.difficulty() != null) {
                done.addExtension("difficulty", new CodeType(e.difficulty().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
            }
            if (!done.getExtension().isEmpty()) {
                o.addExtension(done);
            }
            out.add(o);
        }
        return out;
    }

    private static Observation pain(long patientId, SessionView s, String timing, int value, Date when) {
        Observation o = base(patientId, s, "pain-" + timing, when);
        o.setCode(new CodeableConcept(new Coding(FhirIds.LOINC, FhirIds.PAIN_SEVERITY,
                "Pain severity - 0-10 verbal numeric rating [Score] - Reported")).setText("Pain " + timing + " exercising"));
        o.setValue(new IntegerType(value));
        o.addExtension(FhirIds.PAIN_TIMING, new CodeType(timing));
        if ("after".equals(timing)) {
            for (Symptom symptom : s.symptoms()) {
                o.addComponent().setCode(new CodeableConcept(new Coding(FhirIds.SYMPTOMS,
                        symptom.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), symptom.label)))
                        .setValue(new BooleanType(true));
            }
            if (s.comment() != null && !s.comment().isBlank()) {
                o.addNote().setText(s.comment());
            }
        }
        return o;
    }

    private static Observation base(long patientId, SessionView s, String part, Date when) {
        Observation o = new Observation();
        o.setId(FhirIds.of(patientId, s.id(), part));
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "survey", "Survey")));
        o.setSubject(new Reference("Patient/" + patientId));
        o.setEffective(new DateTimeType(when, ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        o.setIssued(Date.from(s.loggedAt().toInstant()));
        o.addPerformer(new Reference("Patient/" + patientId));
        o.addIdentifier().setSystem(FhirIds.BASE + "/sid/session").setValue(s.clientId() + "/" + part);
        return o;
    }

    // ------------------------------------------------------------------ outcome measures

    static String questionnaireUrl(InstrumentView i) {
        return FhirIds.BASE + "/Questionnaire/" + i.code();
    }

    /** The instrument as the import reads it, with its id, canonical URL and version. */
    static Questionnaire questionnaire(FhirContext fhir, InstrumentView i) {
        String json = InstrumentJson.write(new Instrument(i.code(), i.version(), i.title(), i.credit(), i.items(), i.scoring(),
                i.namedActivities()));
        Questionnaire q = fhir.newJsonParser().parseResource(Questionnaire.class, json);
        q.setId(Long.toString(i.id()));
        q.setUrl(questionnaireUrl(i));
        q.setVersion(Integer.toString(i.version()));
        q.setStatus(Enumerations.PublicationStatus.ACTIVE);
        q.addSubjectType("Patient");
        return q;
    }

    static String responseId(long patientId, ResponseView r) {
        return FhirIds.of(patientId, r.id());
    }

    static QuestionnaireResponse response(long patientId, MeasureView m, ResponseView r) {
        QuestionnaireResponse out = new QuestionnaireResponse();
        out.setId(responseId(patientId, r));
        out.setQuestionnaire(questionnaireUrl(m.instrument()) + "|" + m.instrument().version());
        out.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        out.setSubject(new Reference("Patient/" + patientId));
        out.setAuthored(Date.from(r.answeredAt().toInstant()));
        out.setAuthor(new Reference("Patient/" + patientId));
        out.setSource(new Reference("Patient/" + patientId));
        out.addExtension(FhirIds.SCORE, new DecimalType(r.score()));
        Map<String, String> activities = m.activities();
        for (Instrument.Item item : m.instrument().items()) {
            Integer answer = r.answers().get(item.linkId());
            if (answer == null) {
                continue;
            }
            QuestionnaireResponse.QuestionnaireResponseItemComponent it = out.addItem().setLinkId(item.linkId())
                    .setText(activities.getOrDefault(item.linkId(), item.text()));
            if (item.options() == null || item.options().isEmpty()) {
                it.addAnswer().setValue(new IntegerType(answer));
            } else {
                String label = item.options().stream().filter(o -> o.value() == answer).map(Instrument.Option::label)
                        .findFirst().orElse(null);
                it.addAnswer().setValue(new Coding(null, Integer.toString(answer), label));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ alerts

    /** The patient's alert: active while open or acknowledged, inactive once resolved. */
    static Flag flag(long patientId, AlertView a) {
        Flag f = new Flag();
        f.setId(FhirIds.of(patientId, a.id()));
        f.setStatus(a.status() == AlertStatus.RESOLVED ? Flag.FlagStatus.INACTIVE : Flag.FlagStatus.ACTIVE);
        f.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical")));
        f.setCode(new CodeableConcept().setText(a.ruleLabel() + (a.detail() == null ? "" : ": " + a.detail())));
        f.setSubject(new Reference("Patient/" + patientId));
        Period period = new Period().setStart(Date.from(a.raisedAt().toInstant()));
        if (a.status() == AlertStatus.RESOLVED && a.resolvedAt() != null) {
            period.setEnd(Date.from(a.resolvedAt().toInstant()));
        }
        f.setPeriod(period);
        f.addExtension("http://hl7.org/fhir/StructureDefinition/flag-priority", new CodeableConcept(new Coding(
                "http://hl7.org/fhir/flag-priority-code", switch (a.severity()) {
                    case HIGH -> "PH";
                    case MEDIUM -> "PM";
                    case LOW -> "PL";
                }, a.severity().name().charAt(0) + a.severity().name().substring(1).toLowerCase(java.util.Locale.ROOT) + " priority")));
        return f;
    }

    static StringType text(String s) {
        return new StringType(s);
    }
}
