package app.physiorx.report;

import app.physiorx.clinic.PaperSize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a progress report prints, gathered for one patient and a period ({@code from} to {@code to},
 * both days included, in the clinic's time zone). The PDF only lays this out; the numbers are formatted by
 * {@link ReportNumbers}; its words are in the clinic's portal {@code language} ("en", "es"; {@code messages/report}).
 */
public record ProgressReport(String clinicName, PaperSize paperSize, long patientId, String patientName,
                             LocalDate dateOfBirth, String condition, String therapistName, LocalDate from, LocalDate to,
                             LocalDate generatedOn, List<ProgramLine> programs, String planInWords, List<WeekLine> weeks,
                             int sessions, int daysDone, int daysPrescribed, List<MeasureLine> measures,
                             List<AlertLine> alerts, String language) {

    /** Days with a session against days asked for over the whole period, in percent (capped at 100); null without a target. */
    public Integer percent() {
        return ReportNumbers.percent(daysDone, daysPrescribed);
    }

    /**
     * A program with the versions published in the period, and the version that was in force when the period
     * began (null when the first publication came later).
     */
    public record ProgramLine(long id, String title, String status, VersionLine inForceAtStart, List<VersionLine> published) {
    }

    public record VersionLine(int number, LocalDate publishedOn, String publishedBy, int itemCount) {
    }

    /**
     * A week (Monday to Sunday, cut to the period): sessions logged, days with a session against the days the
     * program asked for, and pain before and after the sessions (null without sessions).
     */
    public record WeekLine(LocalDate monday, LocalDate first, LocalDate last, int sessions, int daysDone, int prescribed,
                           BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal medianBefore, BigDecimal medianAfter) {
        public Integer percent() {
            return ReportNumbers.percent(daysDone, prescribed);
        }
    }

    /**
     * An outcome measure: its scores answered in the period; the baseline is its first score ever (it may lie
     * before the period), the latest its last score up to the period's end; the change between them, with the
     * MCID and the verdict in words. Baseline and latest are null before the first answer.
     */
    public record MeasureLine(String title, List<Score> scores, Score baseline, Score latest, BigDecimal change,
                              BigDecimal mcid, String better, String verdict) {
    }

    public record Score(LocalDate answeredOn, BigDecimal score) {
    }

    /** An alert open on some day of the period (raised by its end, not resolved before its start), with its state now. */
    public record AlertLine(String severity, String headline, String status, LocalDate raisedOn, LocalDate resolvedOn) {
    }
}
