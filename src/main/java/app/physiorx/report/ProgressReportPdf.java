package app.physiorx.report;

import static app.physiorx.report.ReportNumbers.NONE;
import static app.physiorx.report.ReportNumbers.date;
import static app.physiorx.report.ReportNumbers.number;

import app.physiorx.clinic.PaperSize;
import app.physiorx.handout.HandoutCanvas;
import app.physiorx.handout.HandoutPageNumbers;
import app.physiorx.handout.HandoutStyle;
import app.physiorx.handout.HandoutStyle.Type;
import app.physiorx.handout.HandoutText;
import app.physiorx.handout.HandoutText.Piece;
import app.physiorx.handout.HandoutText.Run;
import app.physiorx.handout.HandoutText.Space;
import app.physiorx.report.ProgressReport.AlertLine;
import app.physiorx.report.ProgressReport.MeasureLine;
import app.physiorx.report.ProgressReport.ProgramLine;
import app.physiorx.report.ProgressReport.VersionLine;
import app.physiorx.report.ProgressReport.WeekLine;
import java.io.OutputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a progress report with the handout's fonts, colours and page canvas: a header, then programs, adherence
 * by week, pain by week, outcome measures and alerts, each a heading and a table. Numbers come formatted from
 * {@link ReportNumbers}. Stateless and thread-safe.
 */
public final class ProgressReportPdf {
    private static final Type TYPE = Type.of(false);
    private static final Font CELL = new Font(HandoutStyle.REGULAR, 9, Font.NORMAL, HandoutStyle.INK);
    private static final Font CELL_HEAD = new Font(HandoutStyle.BOLD, 9, Font.BOLD, HandoutStyle.INK);
    private static final Font SECTION = new Font(HandoutStyle.BOLD, 12, Font.BOLD, HandoutStyle.BRAND);

    private ProgressReportPdf() {
    }

    public static void render(ProgressReport r, OutputStream out) {
        Rectangle page = r.paperSize() == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4;
        Document doc = new Document(page, 42, 42, 42, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new HandoutPageNumbers(TYPE.small()));
            doc.addTitle("Progress report for " + r.patientName() + ", " + r.from() + " to " + r.to());
            doc.addAuthor(r.clinicName());
            doc.addCreator("PhysioRx");
            doc.open();
            HandoutCanvas canvas = new HandoutCanvas(doc, writer);
            float w = canvas.width();
            canvas.flow(header(r, w));
            for (List<Piece> section : List.of(programs(r, w), adherence(r, w), pain(r, w), measures(r, w), alerts(r, w))) {
                keepStartTogether(canvas, section);
                canvas.flow(section);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("progress report could not be drawn", e);
        }
    }

    /** A section's heading, note and first table rows on one page: a new page when they would not fit. */
    private static void keepStartTogether(HandoutCanvas canvas, List<Piece> section) {
        float start = 0;
        for (int i = 0; i < Math.min(section.size(), 7); i++) {
            start += section.get(i).height();
        }
        if (canvas.y() - start < canvas.bottom()) {
            canvas.newPage();
        }
    }

    private static List<Piece> header(ProgressReport r, float w) {
        List<Piece> p = new ArrayList<>(HandoutText.lines(TYPE.small(), r.clinicName(), w));
        p.add(new Space(2));
        p.addAll(HandoutText.lines(TYPE.title(), "Progress report", w));
        p.addAll(HandoutText.lines(null, 0, List.of(new Run(TYPE.bold(), r.patientName()),
                new Run(TYPE.body(), r.dateOfBirth() == null ? "" : "  ·  born " + date(r.dateOfBirth()))), w));
        p.addAll(labelled("Condition: ", r.condition() == null ? NONE : r.condition(), w));
        p.addAll(labelled("Therapist: ", r.therapistName() == null ? NONE : r.therapistName(), w));
        p.addAll(labelled("Period: ", date(r.from()) + " to " + date(r.to()) + " ("
                + (ChronoUnit.DAYS.between(r.from(), r.to()) + 1) + " days)", w));
        p.addAll(HandoutText.lines(TYPE.small(), "Generated on " + date(r.generatedOn()) + " by PhysioRx from the records "
                + "the patient and the care team entered.", w));
        return p;
    }

    private static List<Piece> programs(ProgressReport r, float w) {
        List<Piece> p = section("Programs and versions", w);
        List<List<String>> rows = new ArrayList<>();
        for (ProgramLine program : r.programs()) {
            String name = program.title() + ("active".equals(program.status()) ? "" : " (" + program.status() + ")");
            if (program.inForceAtStart() != null) {
                rows.add(version(name, program.inForceAtStart(), "in use when the period began"));
            }
            for (VersionLine v : program.published()) {
                rows.add(version(name, v, "published in the period"));
            }
        }
        if (rows.isEmpty()) {
            p.addAll(note("No published program in the period.", w));
        } else {
            p.addAll(ReportTable.of(w, new float[] {3, 0.9f, 1.5f, 1.8f, 1.2f, 2.4f}, CELL_HEAD, CELL,
                    List.of("Program", "Version", "Published", "Published by", "Exercises", ""), rows));
        }
        return p;
    }

    private static List<String> version(String program, VersionLine v, String when) {
        return List.of(program, String.valueOf(v.number()), date(v.publishedOn()), v.publishedBy() == null ? NONE : v.publishedBy(),
                String.valueOf(v.itemCount()), when);
    }

    private static List<Piece> adherence(ProgressReport r, float w) {
        List<Piece> p = section("Adherence by week", w);
        p.addAll(note(r.planInWords() + " A day counts once however many sessions were logged on it; weeks run Monday"
                + " to Sunday, cut to the period.", w));
        List<List<String>> rows = new ArrayList<>();
        for (WeekLine week : r.weeks()) {
            rows.add(List.of(week(week), String.valueOf(week.sessions()), String.valueOf(week.daysDone()),
                    String.valueOf(week.prescribed()), ReportNumbers.percent(week.percent())));
        }
        rows.add(List.of("Whole period", String.valueOf(r.sessions()), String.valueOf(r.daysDone()),
                String.valueOf(r.daysPrescribed()), ReportNumbers.percent(r.percent())));
        p.addAll(ReportTable.of(w, new float[] {2.6f, 1.2f, 1.8f, 1.8f, 1.2f}, CELL_HEAD, CELL,
                List.of("Week", "Sessions", "Days with a session", "Days asked for", "Done"), rows));
        p.addAll(note("Whole period: days with a session count up to the days asked for in each week.", w));
        return p;
    }

    private static List<Piece> pain(ProgressReport r, float w) {
        List<Piece> p = section("Pain by week", w);
        p.addAll(note("Pain as the patient rated it before and after each session, from 0 (none) to 10 (worst imaginable):"
                + " the mean and the median of the week's sessions.", w));
        List<List<String>> rows = new ArrayList<>();
        for (WeekLine week : r.weeks()) {
            rows.add(List.of(week(week), String.valueOf(week.sessions()), number(week.meanBefore()), number(week.medianBefore()),
                    number(week.meanAfter()), number(week.medianAfter())));
        }
        p.addAll(ReportTable.of(w, new float[] {2.6f, 1.2f, 1.4f, 1.4f, 1.4f, 1.4f}, CELL_HEAD, CELL,
                List.of("Week", "Sessions", "Before: mean", "Before: median", "After: mean", "After: median"), rows));
        return p;
    }

    private static List<Piece> measures(ProgressReport r, float w) {
        List<Piece> p = section("Outcome measures", w);
        if (r.measures().isEmpty()) {
            p.addAll(note("No outcome measure on the patient's programs.", w));
            return p;
        }
        p.addAll(note("Scores answered in the period. The change runs from the baseline (the measure's first score, which"
                + " may come before the period) to the latest score by the period's end; MCID is the smallest change that"
                + " matters.", w));
        List<List<String>> rows = new ArrayList<>();
        for (MeasureLine m : r.measures()) {
            String scores = m.scores().isEmpty() ? "none in the period" : String.join("; ", m.scores().stream()
                    .map(s -> number(s.score()) + " on " + date(s.answeredOn())).toList());
            if (m.baseline() != null && m.baseline().answeredOn().isBefore(r.from())) {
                scores = "baseline " + score(m.baseline()) + " on " + date(m.baseline().answeredOn()) + "; " + scores;
            }
            rows.add(List.of(m.title() + " (" + m.better() + ")", scores, score(m.baseline()), score(m.latest()),
                    ReportNumbers.change(m.change()), number(m.mcid()), m.verdict()));
        }
        p.addAll(ReportTable.of(w, new float[] {2.2f, 2.6f, 1.25f, 0.9f, 1, 0.9f, 2.4f}, CELL_HEAD, CELL,
                List.of("Measure", "Scores in the period", "Baseline", "Latest", "Change", "MCID", "Verdict"), rows));
        return p;
    }

    private static String score(ProgressReport.Score s) {
        return number(s == null ? null : s.score());
    }

    private static List<Piece> alerts(ProgressReport r, float w) {
        List<Piece> p = section("Alerts open in the period", w);
        long resolved = r.alerts().stream().filter(a -> a.resolvedOn() != null).count();
        if (r.alerts().isEmpty()) {
            p.addAll(note("No alert was open in the period.", w));
            return p;
        }
        p.addAll(note(r.alerts().size() + (r.alerts().size() == 1 ? " alert" : " alerts") + ": "
                + (r.alerts().size() - resolved) + " still open, " + resolved + " resolved.", w));
        List<List<String>> rows = new ArrayList<>();
        for (AlertLine a : r.alerts()) {
            rows.add(List.of(date(a.raisedOn()), a.severity(), a.headline(), a.status(), date(a.resolvedOn())));
        }
        p.addAll(ReportTable.of(w, new float[] {1.3f, 1, 4.4f, 2.1f, 1.3f}, CELL_HEAD, CELL,
                List.of("Raised", "Severity", "What", "Status", "Resolved"), rows));
        return p;
    }

    private static String week(WeekLine week) {
        return week.first().equals(week.last()) ? date(week.first()) : ReportNumbers.shortDate(week.first()) + " – " + date(week.last());
    }

    private static List<Piece> section(String title, float w) {
        List<Piece> p = new ArrayList<>();
        p.add(new Space(12));
        p.addAll(HandoutText.lines(SECTION, title, w));
        p.add(new Space(2));
        return p;
    }

    private static List<Piece> note(String text, float w) {
        List<Piece> p = new ArrayList<>(HandoutText.lines(TYPE.small(), text, w));
        p.add(new Space(3));
        return p;
    }

    private static List<Piece> labelled(String label, String text, float w) {
        return List.copyOf(HandoutText.lines(null, 0, List.of(new Run(TYPE.bold(), label), new Run(TYPE.body(), text)), w));
    }
}
