package app.physiorx.report;

import app.physiorx.account.Account;
import app.physiorx.alert.AlertApi.AlertPage;
import app.physiorx.alert.AlertApi.AlertView;
import app.physiorx.alert.AlertService;
import app.physiorx.alert.AlertStatus;
import app.physiorx.clinic.ClinicService;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.Words;
import app.physiorx.config.PhysioRxConfig;
import app.physiorx.outcome.OutcomeApi.MeasureView;
import app.physiorx.outcome.OutcomeApi.ResponseView;
import app.physiorx.outcome.Instrument;
import app.physiorx.outcome.OutcomeService;
import app.physiorx.outcome.OutcomeWords;
import app.physiorx.outcome.Scoring;
import app.physiorx.patient.PatientApi.PatientView;
import app.physiorx.patient.PatientService;
import app.physiorx.program.ProgramApi.ProgramSummary;
import app.physiorx.program.ProgramApi.VersionSummary;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramService;
import app.physiorx.progress.SessionApi.SessionView;
import app.physiorx.progress.SessionService;
import app.physiorx.progress.WeekPlan;
import app.physiorx.report.ProgressReport.AlertLine;
import app.physiorx.report.ProgressReport.MeasureLine;
import app.physiorx.report.ProgressReport.ProgramLine;
import app.physiorx.report.ProgressReport.Score;
import app.physiorx.report.ProgressReport.VersionLine;
import app.physiorx.report.ProgressReport.WeekLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers a patient's progress report for a period from the features that own the data: the patient, their
 * programs and versions, sessions (adherence and pain by week), outcome measures and alerts. Every read goes
 * through the caller's patient scope (404 for a patient they may not see) and is audited with the patient.
 */
@ApplicationScoped
public class ProgressReportService {
    /** The default period: the last eight weeks, today included. */
    static final int DEFAULT_DAYS = 56;
    static final int MOST_DAYS = 366;

    private final PatientService patients;
    private final ProgramService programs;
    private final SessionService sessions;
    private final OutcomeService outcomes;
    private final AlertService alerts;
    private final ClinicService clinics;
    private final ZoneId zone;

    public ProgressReportService(PatientService patients, ProgramService programs, SessionService sessions,
                                 OutcomeService outcomes, AlertService alerts, ClinicService clinics, PhysioRxConfig config) {
        this.patients = patients;
        this.programs = programs;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.alerts = alerts;
        this.clinics = clinics;
        this.zone = config.timeZone();
    }

    /** A PDF and the name to save it under. */
    public record Pdf(String fileName, byte[] bytes) {
    }

    /** The report as a PDF; {@code from} and {@code to} may be null (see {@link #report}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Pdf pdf(Account caller, long patientId, LocalDate from, LocalDate to) {
        ProgressReport report = report(caller, patientId, from, to);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressReportPdf.render(report, out);
        return new Pdf("progress-report-" + patientId + "-" + report.from() + "-" + report.to() + ".pdf", out.toByteArray());
    }

    /**
     * The report's data. Without {@code to} the period ends today (clinic time); without {@code from} it starts
     * eight weeks before its end. A period that ends before it starts, or is longer than 366 days, is refused.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressReport report(Account caller, long patientId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(zone);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : from;
        if (start.isAfter(end)) {
            throw InvalidInputException.field("from", "must not be after the end of the period (to)");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MOST_DAYS) {
            throw InvalidInputException.field("to", "the period may be at most " + MOST_DAYS + " days long");
        }
        PatientView patient = patients.get(caller, patientId); // 404 outside the caller's scope; audited with the patient
        ClinicService.ClinicDetails clinic = clinics.details(caller.clinicId());

        Optional<VersionView> current = programs.currentForPatientRecord(patientId);
        LocalDate planStart = current.flatMap(v -> programs.startDate(v.programId())).orElse(null);
        WeekPlan plan = WeekPlan.of(current.map(VersionView::forPatient).orElse(null), planStart);
        List<SessionView> logged = sessions.forStaffSince(caller, patientId, start).stream()
                .filter(s -> !s.date().isAfter(end)).toList();
        List<WeekLine> weeks = weeks(logged, plan, start, end);
        int done = weeks.stream().mapToInt(w -> Math.min(w.daysDone(), w.prescribed())).sum();
        int asked = weeks.stream().mapToInt(WeekLine::prescribed).sum();

        Words words = Words.of("report", clinic.language());
        return new ProgressReport(clinic.name(), clinic.paperSize(), patientId, patient.fullName(), patient.dateOfBirth(),
                patient.condition(), patient.therapist() == null ? null : patient.therapist().name(), start, end, today,
                programLines(caller, patientId, start, end),
                plan.inWords(words.language()).replace(words.say("planFrom"), words.say("planTo")), weeks, logged.size(), done,
                asked, measures(caller, patientId, start, end, words), alertLines(caller, patientId, start, end, words),
                words.language());
    }

    /** One line per week from the Monday of the first day to the week of the last, each cut to the period. */
    static List<WeekLine> weeks(List<SessionView> logged, WeekPlan plan, LocalDate from, LocalDate to) {
        List<WeekLine> out = new ArrayList<>();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
             monday = monday.plusWeeks(1)) {
            LocalDate first = max(monday, from);
            LocalDate last = min(monday.plusDays(6), to);
            List<SessionView> in = logged.stream().filter(s -> !s.date().isBefore(first) && !s.date().isAfter(last)).toList();
            int days = (int) in.stream().map(SessionView::date).distinct().count();
            List<Integer> before = in.stream().map(SessionView::painBefore).toList();
            List<Integer> after = in.stream().map(SessionView::painAfter).toList();
            out.add(new WeekLine(monday, first, last, in.size(), days, target(plan, first, last),
                    ReportNumbers.mean(before), ReportNumbers.mean(after), ReportNumbers.median(before), ReportNumbers.median(after)));
        }
        return out;
    }

    /** Exercise days the plan asks for between two days of one week: none before the program's start. */
    static int target(WeekPlan plan, LocalDate first, LocalDate last) {
        int open = 0;
        int asked = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (plan.start() == null || !d.isBefore(plan.start())) {
                open++;
                asked += plan.weekdays().contains(d.getDayOfWeek()) ? 1 : 0;
            }
        }
        return plan.weekdays().isEmpty() ? Math.min(plan.daysPerWeek(), open) : asked;
    }

    private List<ProgramLine> programLines(Account caller, long patientId, LocalDate from, LocalDate to) {
        Map<Long, List<VersionSummary>> byProgram = programs.versionsForPatient(caller, patientId);
        List<ProgramLine> out = new ArrayList<>();
        for (ProgramSummary p : programs.listForPatient(caller, patientId)) {
            List<VersionLine> versions = byProgram.getOrDefault(p.id(), List.of()).stream()
                    .map(v -> new VersionLine(v.number(), day(v.publishedAt()), v.publishedBy(), v.itemCount()))
                    .sorted(Comparator.comparingInt(VersionLine::number)).toList();
            VersionLine inForce = versions.stream().filter(v -> v.publishedOn().isBefore(from)).reduce((a, b) -> b).orElse(null);
            List<VersionLine> published = versions.stream()
                    .filter(v -> !v.publishedOn().isBefore(from) && !v.publishedOn().isAfter(to)).toList();
            if (inForce != null || !published.isEmpty()) { // a draft never published has nothing for the period
                out.add(new ProgramLine(p.id(), p.title(), p.status().name().toLowerCase(java.util.Locale.ROOT), inForce, published));
            }
        }
        return out;
    }

    /**
     * Each measure with its scores in the period. The change runs from the measure's first score (its baseline,
     * which may lie before the period) to its latest score up to the period's end, so that a report for a past
     * period says what was known then, not what came after.
     */
    private List<MeasureLine> measures(Account caller, long patientId, LocalDate from, LocalDate to, Words words) {
        List<MeasureLine> out = new ArrayList<>();
        for (MeasureView m : outcomes.forStaff(caller, patientId)) {
            List<Score> upToEnd = m.responses().stream().filter(r -> !r.answeredOn().isAfter(to))
                    .sorted(Comparator.comparing(ResponseView::answeredOn).thenComparing(ResponseView::id))
                    .map(r -> new Score(r.answeredOn(), r.score())).toList();
            List<Score> scores = upToEnd.stream().filter(r -> !r.answeredOn().isBefore(from)).toList();
            if (upToEnd.isEmpty() && !m.startsOn().isBefore(to)) {
                continue; // added after the period
            }
            Instrument.Scoring scoring = m.instrument().scoring();
            Score baseline = upToEnd.isEmpty() ? null : upToEnd.getFirst();
            Score latest = upToEnd.isEmpty() ? null : upToEnd.getLast();
            boolean compared = upToEnd.size() >= 2;
            Scoring.Verdict verdict = compared ? Scoring.verdict(scoring, baseline.score(), latest.score()) : null;
            out.add(new MeasureLine(app.physiorx.outcome.OutcomeLanguage.in(m.instrument(), words.language()).title(), scores, baseline, latest,
                    compared ? latest.score().subtract(baseline.score()) : null, scoring.mcid(),
                    words.say(scoring.better() == Instrument.Direction.LOWER ? "lower" : "higher"),
                    OutcomeWords.verdict(verdict, words.language())));
        }
        return out;
    }

    private List<AlertLine> alertLines(Account caller, long patientId, LocalDate from, LocalDate to, Words words) {
        List<AlertView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            AlertPage found = alerts.list(caller, null, null, patientId, page, 100);
            all.addAll(found.alerts());
            if (found.alerts().size() < 100 || all.size() >= found.total()) {
                break;
            }
        }
        // every alert that was open on some day of the period: raised by its end, and not resolved before it began
        return all.stream().filter(a -> !day(a.raisedAt()).isAfter(to)
                        && (a.status() != AlertStatus.RESOLVED || a.resolvedAt() == null || !day(a.resolvedAt()).isBefore(from)))
                .sorted(Comparator.comparing(AlertView::raisedAt))
                .map(a -> new AlertLine(label(words, "sev_" + a.severity().name().toLowerCase(java.util.Locale.ROOT), a.severityLabel()),
                        label(words, "rule_" + a.rule().name(), a.ruleLabel())
                                + (a.detail() == null ? "" : ": " + app.physiorx.alert.AlertDetailWords.in(a.detail(), words.language())),
                        label(words, "alertStatus_" + a.status().name().toLowerCase(java.util.Locale.ROOT), a.statusLabel()),
                        day(a.raisedAt()),
                        a.status() == AlertStatus.RESOLVED ? day(a.resolvedAt()) : null))
                .toList();
    }

    /** An alert's label in the report's language: Spanish as the portal says it (web.PortalNames), English as the alert feature does. */
    private static String label(Words words, String key, String english) {
        return "es".equals(words.language()) ? Words.of("portalNames", "es").raw(key) : english;
    }

    private LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
