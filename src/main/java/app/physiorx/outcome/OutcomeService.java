package app.physiorx.outcome;

import app.physiorx.account.Account;
import app.physiorx.audit.AuditContext;
import app.physiorx.common.ConflictException;
import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.Words;
import app.physiorx.common.NotAllowedException;
import app.physiorx.common.NotFoundException;
import app.physiorx.config.PhysioRxConfig;
import app.physiorx.outcome.OutcomeApi.InstrumentView;
import app.physiorx.outcome.OutcomeApi.MeasureView;
import app.physiorx.outcome.OutcomeApi.NewMeasure;
import app.physiorx.outcome.OutcomeApi.ResponseInput;
import app.physiorx.outcome.OutcomeApi.ResponseResult;
import app.physiorx.outcome.OutcomeApi.ResponseView;
import app.physiorx.outcome.OutcomeQueries.AssignmentRow;
import app.physiorx.outcome.OutcomeQueries.InstrumentRow;
import app.physiorx.outcome.OutcomeQueries.ResponseRow;
import app.physiorx.patient.PatientApi.PatientRef;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.ProgramView;
import app.physiorx.program.ProgramService;
import app.physiorx.progress.PainRules;
import app.physiorx.progress.SessionAlerts;
import app.physiorx.progress.SessionService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Outcome measures: the instruments a clinic may use, the measures a therapist adds to a program with a schedule,
 * and the patient's responses, scored on the server and stored append-only. A response whose score is worse than
 * the first by more than the instrument's MCID adds a reason to the patient's alert.
 */
@ApplicationScoped
public class OutcomeService {
    /** The built-in instruments shipped with the app (their Questionnaire files under src/main/resources/outcome). */
    private static final TypeReference<Map<String, Integer>> ANSWERS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> ACTIVITIES = new TypeReference<>() { };
    static final int MAX_ACTIVITY_LENGTH = 80;

    private final OutcomeQueries queries;
    private final PatientService patients;
    private final ProgramService programs;
    private final SessionService sessions;
    private final SessionAlerts alerts;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final InstrumentService instruments;

    public OutcomeService(OutcomeQueries queries, PatientService patients, ProgramService programs, SessionService sessions,
                          SessionAlerts alerts, ObjectMapper json, PhysioRxConfig config, InstrumentService instruments) {
        this.instruments = instruments;
        this.queries = queries;
        this.patients = patients;
        this.programs = programs;
        this.sessions = sessions;
        this.alerts = alerts;
        this.json = json;
        this.zone = config.timeZone();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    // ------------------------------------------------------------------ measures on a program (care team)

    @Transactional
    public MeasureView add(Account caller, long patientId, NewMeasure input) {
        PatientRef patient = patients.visible(caller, patientId);
        List<InvalidField> errors = new ArrayList<>();
        if (input == null || input.programId() == null) {
            errors.add(new InvalidField("programId", "Please choose the program the measure belongs to."));
        }
        if (input == null || input.instrumentId() == null) {
            errors.add(new InvalidField("instrumentId", "Please choose a measure."));
        }
        if (input != null && input.everyWeeks() != null && (input.everyWeeks() < 1 || input.everyWeeks() > 52)) {
            errors.add(new InvalidField("everyWeeks", "Repeat every 1 to 52 weeks, or leave it empty for no repeat."));
        }
        if (input != null && !Boolean.TRUE.equals(input.atStart()) && input.everyWeeks() == null && !Boolean.TRUE.equals(input.atDischarge())) {
            errors.add(new InvalidField("atStart", "Please choose when the patient answers: at the start, every few weeks, or at discharge."));
        }
        if (input != null && Boolean.TRUE.equals(input.atDischarge()) && input.dischargeOn() == null) {
            errors.add(new InvalidField("dischargeOn", "Please give the planned discharge date, or untick \"at discharge\"."));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.fields(errors);
        }
        ProgramView program = programs.get(caller, input.programId());
        if (program.patientId() != patient.id()) {
            throw new NotFoundException("Program");
        }
        InstrumentRow instrument = queries.instrument(caller.clinicId(), input.instrumentId())
                .orElseThrow(() -> InvalidInputException.field("instrumentId", "There is no such measure in this clinic."));
        LocalDate startsOn = program.startDate() != null ? program.startDate() : today();
        if (input.dischargeOn() != null && input.dischargeOn().isBefore(startsOn)) {
            throw InvalidInputException.field("dischargeOn", "The discharge date cannot be before the program starts (" + startsOn + ").");
        }
        if (queries.hasAssignment(program.id(), instrument.id())) {
            throw new ConflictException("This measure is already on the program.");
        }
        long id = queries.insertAssignment(caller.clinicId(), patient.id(), program.id(), instrument.id(), startsOn,
                Boolean.TRUE.equals(input.atStart()), input.everyWeeks(), Boolean.TRUE.equals(input.atDischarge()),
                input.dischargeOn(), caller.subject());
        return measures(caller.clinicId(), patient.id()).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    /** The patient's measures with their schedule, what is due and their scores (care team; audited with the patient). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureView> forStaff(Account caller, long patientId) {
        PatientRef patient = patients.visible(caller, patientId);
        return measures(caller.clinicId(), patient.id());
    }

    @Transactional
    public void remove(Account caller, long patientId, long measureId) {
        PatientRef patient = patients.visible(caller, patientId);
        if (queries.endAssignment(caller.clinicId(), patient.id(), measureId) == 0) {
            throw new NotFoundException("Measure");
        }
    }

    /** The measures of a patient whose record the caller was checked to see (the FHIR export), with their scores. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureView> ofRecord(PatientRef record) {
        return measures(record.clinicId(), record.id());
    }

    // ------------------------------------------------------------------ the patient's own

    /** The signed-in patient's measures, with what is due. */
    @Transactional
    public List<MeasureView> mine(Account patient) {
        SessionService.Context c = sessions.context(patient); // the patient's record, or 404; audited with their id
        return measures(patient.clinicId(), c.patientId()).stream().map(m -> OutcomeLanguage.in(m, c.language())).toList();
    }

    public record Due(MeasureView measure, LocalDate dueOn) {
    }

    /**
     * The patient's questionnaires due today or earlier and not answered yet, for a patient whose own record the
     * caller has just resolved ({@link SessionService#context}), so the home page does not look it up twice.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Due> dueFor(Account patient, SessionService.Context own) {
        return due(measures(patient.clinicId(), own.patientId()).stream().map(m -> OutcomeLanguage.in(m, own.language())).toList());
    }

    private static List<Due> due(List<MeasureView> measures) {
        return measures.stream().filter(m -> m.nextDue() != null).map(m -> new Due(m, m.nextDue())).toList();
    }

    /** One of the patient's measures, or 404. */
    @Transactional
    public MeasureView myMeasure(Account patient, long measureId) {
        return mine(patient).stream().filter(m -> m.id() == measureId).findFirst().orElseThrow(() -> new NotFoundException("Measure"));
    }

    /**
     * Scores and stores the patient's answers to a measure that is due. The client's id makes it idempotent: the same
     * id with the same answers answers the stored response again; with other answers it is a conflict.
     */
    public record Responded(ResponseResult result, boolean replay) {
    }

    @Transactional
    public Responded respond(Account patient, long measureId, ResponseInput input) {
        SessionService.Context c = sessions.context(patient);
        AssignmentRow a = queries.assignment(patient.clinicId(), c.patientId(), measureId)
                .orElseThrow(() -> new NotFoundException("Measure"));
        if (input == null || input.clientId() == null) {
            throw InvalidInputException.field("clientId", "A response needs a clientId (a UUID the app makes once per questionnaire).");
        }
        Map<String, Integer> answers = input.answers() == null ? Map.of() : new TreeMap<>(input.answers());
        InstrumentRow instrumentRow = queries.instrumentById(a.instrumentId()).orElseThrow();
        Instrument instrument = instruments.definition(instrumentRow);
        List<ResponseRow> earlier = queries.responses(patient.clinicId(), c.patientId()).stream()
                .filter(r -> r.assignmentId() == a.id()).toList();
        Words words = Words.of("outcome", c.language());
        Map<String, String> activities = activities(instrument, earlier, input.activities(), answers, words);
        String hash = hash(measureId + "|" + answers + "|" + activities);
        Optional<ResponseRow> replay = queries.responseByClientId(patient.clinicId(), c.patientId(), input.clientId());
        if (replay.isPresent()) {
            return new Responded(replayed(patient, c, replay.get(), hash), true);
        }
        Scoring.Score score = Scoring.score(instrument, answers, words);
        LocalDate today = today();
        MeasureSchedule.Schedule schedule = schedule(a);
        LocalDate due = MeasureSchedule.nextDue(schedule, a.startsOn(), a.dischargeOn(), earlier.stream().map(ResponseRow::answeredOn).toList(), today)
                .orElseThrow(() -> {
                    LocalDate next = MeasureSchedule.dueDates(schedule, a.startsOn(), a.dischargeOn(), today.plusYears(2)).stream()
                            .filter(d -> d.isAfter(today)).findFirst().orElse(null);
                    return new ConflictException(next == null ? words.say("error.notDueAgain")
                            : words.say("error.notDueYet", OutcomeWords.date(next, words)));
                });
        boolean firstWithActivities = instrument.namedActivities() && earlier.isEmpty();
        Optional<Long> stored = queries.insertResponse(patient.clinicId(), c.patientId(), a.id(), a.instrumentId(), input.clientId(),
                hash, due, today, write(answers), firstWithActivities ? write(activities) : null, score.value(), score.answered(),
                patient.subject());
        if (stored.isEmpty()) { // a retry racing the first: answer what the first stored
            return new Responded(replayed(patient, c, queries.responseByClientId(patient.clinicId(), c.patientId(),
                    input.clientId()).orElseThrow(), hash), true);
        }
        MeasureView measure = measures(patient.clinicId(), c.patientId()).stream().filter(m -> m.id() == a.id()).findFirst().orElseThrow();
        if (measure.verdict() == Scoring.Verdict.WORSE && measure.responses().size() >= 2) {
            alerts.raise(new SessionAlerts.Subject(patient.clinicId(), c.patientId(), a.programId(), null, patient.subject(),
                    patient.displayName()), new PainRules.Flag(PainRules.Rule.OUTCOME_WORSE, PainRules.Severity.MEDIUM,
                    measure.instrument().title() + " went from " + OutcomeWords.plain(measure.first()) + " to " + OutcomeWords.plain(measure.latest())
                            + ", worse by more than the change that matters (" + OutcomeWords.plain(instrument.scoring().mcid()) + ")"));
        }
        ResponseView view = measure.responses().stream().filter(r -> r.id() == stored.get()).findFirst().orElseThrow();
        MeasureView read = OutcomeLanguage.in(measure, c.language());
        return new Responded(new ResponseResult(view, read, OutcomeWords.progress(read, c.language())), false);
    }

    private ResponseResult replayed(Account patient, SessionService.Context c, ResponseRow row, String hash) {
        if (!row.hash().equals(hash)) {
            throw new ConflictException("This clientId was already used for other answers; make a new one for a new response.");
        }
        MeasureView measure = measures(patient.clinicId(), c.patientId()).stream().filter(m -> m.id() == row.assignmentId())
                .findFirst().map(m -> OutcomeLanguage.in(m, c.language())).orElseThrow(() -> new NotFoundException("Measure"));
        ResponseView view = measure.responses().stream().filter(r -> r.id() == row.id()).findFirst().orElseThrow();
        return new ResponseResult(view, measure, OutcomeWords.progress(measure, c.language()));
    }

    /** The PSFS kind: the activities named at the first response, checked; later responses keep the first ones. */
    private Map<String, String> activities(Instrument instrument, List<ResponseRow> earlier, Map<String, String> given,
                                           Map<String, Integer> answers, Words words) {
        if (!instrument.namedActivities()) {
            return Map.of();
        }
        if (!earlier.isEmpty()) {
            Map<String, String> first = read(earlier.getFirst().activities(), ACTIVITIES);
            for (String linkId : answers.keySet()) {
                if (!first.containsKey(linkId)) {
                    throw InvalidInputException.field("answers." + linkId, words.say("error.notNamed"));
                }
            }
            return first;
        }
        Map<String, String> named = new TreeMap<>();
        List<InvalidField> errors = new ArrayList<>();
        for (Instrument.Item item : instrument.items()) {
            String name = given == null ? null : given.get(item.linkId());
            name = name == null ? null : app.physiorx.common.DisplayText.name(name.strip());
            boolean rated = answers.containsKey(item.linkId());
            if (rated && (name == null || name.isBlank())) {
                errors.add(new InvalidField("activities." + item.linkId(), words.say("error.nameIt")));
            } else if (!rated && name != null && !name.isBlank()) {
                errors.add(new InvalidField("answers." + item.linkId(), words.say("error.rateIt", name)));
            } else if (name != null && name.length() > MAX_ACTIVITY_LENGTH) {
                errors.add(new InvalidField("activities." + item.linkId(), words.say("error.tooLong", MAX_ACTIVITY_LENGTH)));
            } else if (rated) {
                named.put(item.linkId(), name);
            }
        }
        if (given != null) {
            for (String linkId : given.keySet()) {
                if (instrument.items().stream().noneMatch(i -> i.linkId().equals(linkId))) {
                    errors.add(new InvalidField("activities." + linkId, words.say("error.unknown", linkId)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.fields(errors);
        }
        return named;
    }

    // ------------------------------------------------------------------ building the views

    private static MeasureSchedule.Schedule schedule(AssignmentRow a) {
        return new MeasureSchedule.Schedule(a.atStart(), a.everyWeeks(), a.atDischarge());
    }

    private List<MeasureView> measures(long clinicId, long patientId) {
        AuditContext.patient(patientId);
        List<AssignmentRow> assignments = queries.assignments(clinicId, patientId);
        if (assignments.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ResponseRow>> byAssignment = new LinkedHashMap<>();
        for (ResponseRow r : queries.responses(clinicId, patientId)) {
            byAssignment.computeIfAbsent(r.assignmentId(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, InstrumentRow> byId = instruments.byId(clinicId); // one query: the built-ins and the clinic's own
        LocalDate today = today();
        List<MeasureView> out = new ArrayList<>();
        for (AssignmentRow a : assignments) {
            InstrumentRow row = byId.get(a.instrumentId());
            InstrumentView instrument = instruments.view(row);
            List<ResponseRow> responses = byAssignment.getOrDefault(a.id(), List.of());
            MeasureSchedule.Schedule schedule = schedule(a);
            LocalDate next = MeasureSchedule.nextDue(schedule, a.startsOn(), a.dischargeOn(),
                    responses.stream().map(ResponseRow::answeredOn).toList(), today).orElse(null);
            int decimals = instrument.scoring().decimals(); // stored as numeric(8,2); shown as the instrument rounds it
            List<ResponseView> views = responses.stream().map(r -> new ResponseView(r.id(), r.dueOn(), r.answeredOn(),
                    r.score().setScale(decimals, java.math.RoundingMode.HALF_UP),
                    r.answeredItems(), read(r.answers(), ANSWERS), r.answeredAt())).toList();
            BigDecimal first = views.isEmpty() ? null : views.getFirst().score();
            BigDecimal latest = views.isEmpty() ? null : views.getLast().score();
            BigDecimal change = views.size() < 2 ? null : latest.subtract(first);
            Scoring.Verdict verdict = views.size() < 2 ? null : Scoring.verdict(instrument.scoring(), first, latest);
            Map<String, String> activities = responses.isEmpty() || responses.getFirst().activities() == null ? Map.of()
                    : read(responses.getFirst().activities(), ACTIVITIES);
            out.add(new MeasureView(a.id(), a.programId(), a.patientId(), instrument, a.startsOn(),
                    new OutcomeApi.Schedule(a.atStart(), a.everyWeeks(), a.atDischarge(), a.dischargeOn()), next,
                    next != null && MeasureSchedule.overdue(next, today),
                    MeasureSchedule.dueDates(schedule, a.startsOn(), a.dischargeOn(), today.plusWeeks(26)), activities, views,
                    first, latest, change, verdict, OutcomeWords.verdict(verdict)));
        }
        return out;
    }

    private static void staffOnly(Account caller) {
        if (!caller.isStaff()) {
            throw new NotAllowedException("Only clinic staff can do this.");
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
