package app.physiorx.demo;

import app.physiorx.account.Account;
import app.physiorx.account.AccountService;
import app.physiorx.account.SignedInUser;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.ItemInput;
import app.physiorx.program.ProgramApi.NewProgram;
import app.physiorx.program.ProgramApi.ProgramInput;
import app.physiorx.program.ProgramApi.ProgramView;
import app.physiorx.program.ProgramService;
import app.physiorx.template.TemplateService;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import app.physiorx.progress.Difficulty;
import app.physiorx.progress.SessionApi.ExerciseLog;
import app.physiorx.progress.SessionApi.SessionInput;
import app.physiorx.progress.SessionService;
import java.time.LocalDate;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Dev mode only: the demo cast's records, so that a newcomer sees a real caseload at once.
 * patient1 follows a published "Upper back pain" program (version 2, with changed dosages;
 * version 1 stays readable); patient2 has a draft; patient3 belongs to Hillcrest Rehab.
 * The Keycloak side (users, fixed ids) comes from docker/keycloak/dev-overlay.json.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final AccountService accounts;
    private final ProgramService programs;
    private final TemplateService templates;
    private final SessionService sessions;
    private final PatientService patients;
    private final app.physiorx.clinic.ClinicService clinics;
    private final app.physiorx.outcome.OutcomeService outcomes;
    private final app.physiorx.outcome.InstrumentService instruments;

    public DemoData(AccountService accounts, ProgramService programs, TemplateService templates, SessionService sessions,
                    PatientService patients, app.physiorx.clinic.ClinicService clinics,
                    app.physiorx.outcome.OutcomeService outcomes, app.physiorx.outcome.InstrumentService instruments) {
        this.outcomes = outcomes;
        this.instruments = instruments;
        this.clinics = clinics;
        this.sessions = sessions;
        this.patients = patients;
        this.accounts = accounts;
        this.programs = programs;
        this.templates = templates;
    }

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            load();
        }
    }

    /** Stores the demo clinic's patients, programs, sessions and measures, once (dev mode; tests that need them call it). */
    public void load() {
        if (programs.anyForPatientUsername("patient2")) {
            return;
        }
        Account tessa = accounts.signIn(new SignedInUser("11111111-0000-4000-8000-000000000001", "therapist1", "Tessa Morgan",
                "therapist1@riverside.example", Set.of("therapist"), "riverside", "Riverside Physio"));
        Account hugo = accounts.signIn(new SignedInUser("22222222-0000-4000-8000-000000000002", "therapist2", "Hugo Lindqvist",
                "therapist2@hillcrest.example", Set.of("therapist"), "hillcrest", "Hillcrest Rehab"));
        clinics.setPhoneIfMissing(tessa.clinicId(), "+44 20 7946 0321");
        clinics.setPhoneIfMissing(hugo.clinicId(), "+44 161 496 0754");
        long paul = patients.ensureDemoPatient(tessa, "Paul", "Jensen", "patient1", "11111111-0000-4000-8000-0000000000b1",
                "Upper back pain, desk worker", LocalDate.of(1961, 3, 14), "RV-004512");
        long priya = patients.ensureDemoPatient(tessa, "Priya", "Nair", "patient2", "11111111-0000-4000-8000-0000000000b2",
                "Neck and shoulder-blade pain", LocalDate.of(1984, 11, 2), "RV-004877");
        patients.ensureDemoPatient(hugo, "Marta", "Silva", "patient3", "22222222-0000-4000-8000-0000000000b3",
                "Thoracic stiffness after a fall", LocalDate.of(1949, 6, 30), "HC-77120");

        long template = templates.list(tessa).stream().filter(t -> t.name().equals("Upper back pain")).findFirst()
                .orElseThrow().id();
        if (!programs.listForPatient(tessa, paul).isEmpty()) {
            return;
        }
        ProgramView program = programs.create(tessa, paul, new NewProgram("Upper back pain, phase 1", template, null));
        program = programs.update(tessa, program.id(), withDosage(program, "Thoracic Extension on the Wall", 12, 5, null));
        programs.publish(tessa, program.id(), null);
        program = programs.get(tessa, program.id());
        program = programs.update(tessa, program.id(), withDosage(program, "Scapular Squeeze", 10, 3, 3));
        programs.publish(tessa, program.id(), null);
        programs.create(tessa, priya, new NewProgram("Neck and posture", template, null));
        logSessions(program);
        addMeasures(tessa, paul, program.id());
        LOG.info("Demo data: Paul Jensen (patient1) follows version 2 of his program, with the PSFS and the pain rating due;"
                + " Priya Nair (patient2) has a draft");
    }

    /** Two weeks of Paul's sessions: pain easing, with one flare that trips the rise rule (an open alert). */
    private void logSessions(ProgramView program) {
        Account paul = accounts.signIn(new SignedInUser("11111111-0000-4000-8000-0000000000b1", "patient1", "Paul Jensen",
                "patient1@riverside.example", Set.of("patient"), "riverside", "Riverside Physio"));
        int[] daysBack = {13, 12, 11, 9, 8, 7, 6, 4, 3, 2, 1};
        int[] before = {3, 4, 3, 3, 3, 2, 3, 3, 2, 2, 2};
        int[] after = {2, 3, 2, 2, 2, 2, 2, 5, 2, 1, 1};
        // the exercises Paul sees: the active stage's (stage 2 holds the template's progressions)
        List<ExerciseLog> done = program.items().stream().filter(i -> i.stage() <= program.activeStage())
                .map(i -> new ExerciseLog(i.exerciseId(), i.sets(), i.reps(), i.holdSeconds(), i.durationSeconds(), null,
                        Difficulty.ABOUT_RIGHT)).toList();
        for (int n = 0; n < daysBack.length; n++) {
            sessions.log(paul, new SessionInput(UUID.nameUUIDFromBytes(("demo-session-" + n).getBytes()),
                    LocalDate.now().minusDays(daysBack[n]), before[n], after[n], List.of(),
                    after[n] > before[n] ? "Sore after carrying shopping bags." : null, done));
        }
    }

    /** The PSFS (every 4 weeks) and the pain rating (every 2 weeks) on Paul's program, both due now. */
    private void addMeasures(Account tessa, long paul, long programId) {
        instruments.storeBuiltIns(); // the start-up observer that stores them may run after this one
        for (var code : List.of("psfs", "nprs")) {
            long id = instruments.instruments(tessa).stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().id();
            outcomes.add(tessa, paul, new app.physiorx.outcome.OutcomeApi.NewMeasure(programId, id, true,
                    code.equals("psfs") ? 4 : 2, false, null));
        }
    }

    /** The draft as input, with one exercise's reps, hold and (optionally) sets changed. */
    private static ProgramInput withDosage(ProgramView program, String exercise, Integer reps, Integer hold, Integer sets) {
        List<ItemInput> items = new ArrayList<>();
        for (var i : program.items()) {
            boolean target = i.exerciseName().equals(exercise);
            items.add(new ItemInput(i.exerciseId(), target && sets != null ? sets : i.sets(), target ? reps : i.reps(),
                    i.side(), target ? hold : i.holdSeconds(), i.durationSeconds(), i.restSeconds(), i.timesPerDay(),
                    target ? Integer.valueOf(5) : Integer.valueOf(i.daysPerWeek()), i.weekdays(), i.load(), i.tempo(),
                    target ? "Keep the movement slow; stop short of pain." : i.notes()));
        }
        return new ProgramInput(program.title(), "Ease upper back pain and sit at your desk without stiffness.",
                program.startDate(), LocalDate.now().plusWeeks(4), program.painThreshold(), program.painRise(),
                program.redFlags(), program.inactiveDays(), items, program.version());
    }
}
