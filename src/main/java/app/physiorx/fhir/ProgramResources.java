package app.physiorx.fhir;

import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.exercise.Side;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.RecordVersion;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramStatus;
import app.physiorx.template.TemplateApi.TemplateItem;
import app.physiorx.template.TemplateApi.TemplateView;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;

/**
 * A published program version as a {@code CarePlan} with one {@code ServiceRequest} per exercise, library
 * exercises as {@code ActivityDefinition}s and templates as {@code PlanDefinition}s. The dosage that FHIR has no
 * element for (sets, reps, hold, duration, rest, side, load, tempo, and times a day and days a week exactly) is the
 * {@value FhirIds#DOSAGE} extension; the standard {@code occurrenceTiming} says the same schedule as well as FHIR
 * can.
 */
final class ProgramResources {
    private ProgramResources() {
    }

    static CodeableConcept exerciseTherapy(String text) {
        return new CodeableConcept(new Coding(FhirIds.SNOMED, FhirIds.EXERCISE_THERAPY, "Exercise therapy")).setText(text);
    }

    /** The version in force is active; an earlier one was replaced (revoked); an archived program's last is completed. */
    static CarePlan.CarePlanStatus status(RecordVersion v) {
        if (!v.current()) {
            return CarePlan.CarePlanStatus.REVOKED;
        }
        return v.programStatus() == ProgramStatus.ARCHIVED ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.ACTIVE;
    }

    static String carePlanId(long patientId, VersionView v) {
        return FhirIds.of(patientId, v.programId(), v.number());
    }

    static String serviceRequestId(long patientId, VersionView v, PublishedItem item) {
        return FhirIds.of(patientId, v.programId(), v.number(), item.position());
    }

    static CarePlan carePlan(long patientId, Reference author, RecordVersion rv, ZoneId zone) {
        VersionView v = rv.version();
        CarePlan plan = new CarePlan();
        plan.setId(carePlanId(patientId, v));
        plan.setStatus(status(rv));
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle(v.title());
        if (v.goal() != null && !v.goal().isBlank()) {
            plan.setDescription(v.goal());
        }
        plan.addCategory(exerciseTherapy("Home exercise program"));
        plan.setSubject(new Reference("Patient/" + patientId));
        plan.setCreated(Date.from(v.publishedAt().toInstant()));
        Period period = new Period().setStart(Date.from(
                (rv.startDate() != null ? rv.startDate().atStartOfDay(zone).toInstant() : v.publishedAt().toInstant())));
        plan.setPeriod(period);
        plan.setAuthor(author);
        if (v.publishedBy() != null) {
            plan.addContributor(new Reference().setDisplay(v.publishedBy()));
        }
        if (v.number() > 1) {
            plan.addReplaces(new Reference("CarePlan/" + FhirIds.of(patientId, v.programId(), v.number() - 1)));
        }
        plan.addIdentifier().setSystem(FhirIds.BASE + "/sid/program-version").setValue(v.programId() + "/" + v.number());
        for (PublishedItem item : v.items()) {
            if (Boolean.FALSE.equals(item.shown())) {
                continue; // a later stage's exercise is not part of what the patient is asked to do yet
            }
            plan.addActivity().setReference(new Reference("ServiceRequest/" + serviceRequestId(patientId, v, item))
                    .setDisplay(item.exerciseName()));
        }
        return plan;
    }

    static List<ServiceRequest> serviceRequests(long patientId, Reference author, RecordVersion rv, String base) {
        VersionView v = rv.version();
        List<ServiceRequest> out = new ArrayList<>();
        for (PublishedItem item : v.items()) {
            if (Boolean.FALSE.equals(item.shown())) {
                continue;
            }
            ServiceRequest r = new ServiceRequest();
            r.setId(serviceRequestId(patientId, v, item));
            r.setStatus(switch (status(rv)) {
                case ACTIVE -> ServiceRequest.ServiceRequestStatus.ACTIVE;
                case COMPLETED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
                default -> ServiceRequest.ServiceRequestStatus.REVOKED;
            });
            r.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
            r.addCategory(exerciseTherapy("Home exercise"));
            r.setCode(exerciseTherapy(item.exerciseName()));
            r.addInstantiatesCanonical(activityDefinitionUrl(base, item.exerciseId()));
            r.addBasedOn(new Reference("CarePlan/" + carePlanId(patientId, v)));
            r.setSubject(new Reference("Patient/" + patientId));
            r.setAuthoredOn(Date.from(v.publishedAt().toInstant()));
            r.setRequester(author);
            r.setOccurrence(timing(item));
            r.setPatientInstruction(item.inWords());
            if (item.notes() != null && !item.notes().isBlank()) {
                r.addNote(new Annotation().setText(item.notes()));
            }
            r.addExtension(dosage(item));
            out.add(r);
        }
        return out;
    }

    /**
     * How often, as FHIR's Timing says it: on the weekdays chosen, times a day each; or, without weekdays, every
     * day (7 days a week) or so many times a week in all. The exact counts are in the dosage extension.
     */
    static Timing timing(PublishedItem item) {
        Timing t = new Timing();
        Timing.TimingRepeatComponent repeat = t.getRepeat();
        int perDay = Math.max(1, item.timesPerDay());
        if (item.weekdays() != null && !item.weekdays().isEmpty()) {
            for (DayOfWeek d : item.weekdays()) {
                repeat.addDayOfWeek(Timing.DayOfWeek.fromCode(d.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT)));
            }
            repeat.setFrequency(perDay).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
        } else if (item.daysPerWeek() >= 7) {
            repeat.setFrequency(perDay).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
        } else {
            repeat.setFrequency(perDay * Math.max(1, item.daysPerWeek())).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
        }
        t.setCode(new CodeableConcept().setText(item.summary()));
        return t;
    }

    static Extension dosage(PublishedItem item) {
        Extension d = new Extension(FhirIds.DOSAGE);
        integer(d, "sets", item.sets());
        integer(d, "reps", item.reps());
        integer(d, "holdSeconds", item.holdSeconds());
        integer(d, "durationSeconds", item.durationSeconds());
        integer(d, "restSeconds", item.restSeconds());
        integer(d, "timesPerDay", item.timesPerDay());
        integer(d, "daysPerWeek", item.daysPerWeek());
        if (item.side() != null) {
            d.addExtension("side", new CodeType(side(item.side())));
        }
        text(d, "load", item.load());
        text(d, "tempo", item.tempo());
        return d;
    }

    static String side(Side side) {
        return switch (side) {
            case BOTH -> "both";
            case LEFT -> "left";
            case RIGHT -> "right";
            case EACH_SIDE -> "each-side";
            case ALTERNATING -> "alternating";
        };
    }

    /** A whole-number part of a complex extension, left out when there is no value. */
    static void integer(Extension parent, String url, Integer value) {
        if (value != null) {
            parent.addExtension(url, new IntegerType(value));
        }
    }

    private static void text(Extension parent, String url, String value) {
        if (value != null && !value.isBlank()) {
            parent.addExtension(url, new StringType(value));
        }
    }

    static String activityDefinitionUrl(String base, long exerciseId) {
        return base + "/ActivityDefinition/" + exerciseId;
    }

    /** A library exercise, as the library has it now (a program keeps its own copy of what it prescribed). */
    static ActivityDefinition activityDefinition(ExerciseDetail e, String base) {
        ActivityDefinition a = new ActivityDefinition();
        a.setId(Long.toString(e.id()));
        a.setUrl(activityDefinitionUrl(base, e.id()));
        a.setVersion(Integer.toString(e.version()));
        a.setName(name(e.slug()));
        a.setTitle(e.name());
        if (e.subtitle() != null) {
            a.setSubtitle(e.subtitle());
        }
        a.setStatus(e.status() == app.physiorx.exercise.ExerciseStatus.ACTIVE ? PublicationStatus.ACTIVE : PublicationStatus.RETIRED);
        a.setKind(ActivityDefinition.ActivityDefinitionKind.SERVICEREQUEST);
        a.setIntent(ActivityDefinition.RequestIntent.PLAN);
        a.setCode(exerciseTherapy(e.name()));
        a.setPublisher("PhysioRx");
        a.setDescription(String.join("\n", e.steps()));
        if (!e.precautions().isEmpty()) {
            a.setUsage("Take care: " + String.join(" ", e.precautions()));
        }
        if (e.dosageSummary() != null) {
            a.addDosage().setText(e.dosageSummary());
        }
        return a;
    }

    /** A program template: one action per exercise, each pointing at its ActivityDefinition, with its dosage in words. */
    static PlanDefinition planDefinition(TemplateView t, String base) {
        PlanDefinition p = new PlanDefinition();
        p.setId(Long.toString(t.id()));
        p.setUrl(base + "/PlanDefinition/" + t.id());
        p.setVersion(Integer.toString(t.version()));
        p.setName(name("template-" + t.id()));
        p.setTitle(t.name());
        p.setStatus(PublicationStatus.ACTIVE);
        p.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/plan-definition-type",
                "clinical-protocol", "Clinical Protocol")));
        if (t.description() != null && !t.description().isBlank()) {
            p.setDescription(t.description());
        }
        for (TemplateItem i : t.items()) {
            PlanDefinition.PlanDefinitionActionComponent action = p.addAction();
            action.setTitle(i.exerciseName());
            if (i.dosage() != null) {
                action.setDescription(i.dosage());
            }
            action.setDefinition(new CanonicalType(activityDefinitionUrl(base, i.exerciseId())));
            if (t.stageName(i.stage()) != null) {
                action.setPrefix(t.stageName(i.stage()));
            }
        }
        return p;
    }

    /** A computer-friendly name as FHIR wants it: a letter first, then letters, digits and underscores. */
    static String name(String slug) {
        String n = slug == null ? "exercise" : slug.replaceAll("[^A-Za-z0-9]+", "_");
        n = n.replaceAll("^_+|_+$", "");
        return n.isEmpty() || !Character.isLetter(n.charAt(0)) ? "Exercise_" + n : n;
    }
}
