package app.physiorx.report;

import static app.physiorx.report.ReportNumbers.NONE;
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
import app.physiorx.common.Words;
import java.io.OutputStream;
import java.time.LocalDate;
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
            writer.setPageEvent(new HandoutPageNumbers(TYPE.small(), Words.of("handout", r.language())));
            Words say = words(r);
            doc.addTitle(say.say("docTitle", r.patientName(), r.from().toString(), r.to().toString()));
            doc.addAuthor(r.clinicName());
            doc.addCreator("PhysioRx");
            doc.open();
            HandoutCanvas canvas = new HandoutCanvas(doc, writer);
            float w = canvas.width();
            canvas.flow(header(r, say, w));
            for (List<Piece> section : List.of(programs(r, say, w), adherence(r, say, w), pain(r, say, w), measures(r, say, w),
                    alerts(r, say, w))) {
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

    /** The report's words in the clinic's language. */
    static Words words(ProgressReport r) {
        return Words.of("report", r.language());
    }

    private static String date(LocalDate date, Words say) {
        return ReportNumbers.date(date, say);
    }

    private static List<Piece> header(ProgressReport r, Words say, float w) {
        List<Piece> p = new ArrayList<>(HandoutText.lines(TYPE.small(), r.clinicName(), w));
        p.add(new Space(2));
        p.addAll(HandoutText.lines(TYPE.title(), say.say("title"), w));
        p.addAll(HandoutText.lines(null, 0, List.of(new Run(TYPE.bold(), r.patientName()),
                new Run(TYPE.body(), r.dateOfBirth() == null ? "" : say.say("born", date(r.dateOfBirth(), say)))), w));
        p.addAll(labelled(say.raw("condition"), r.condition() == null ? NONE : r.condition(), w));
        p.addAll(labelled(say.raw("therapist"), r.therapistName() == null ? NONE : r.therapistName(), w));
        p.addAll(labelled(say.raw("period"), say.say("periodValue", date(r.from(), say), date(r.to(), say),
                Long.toString(ChronoUnit.DAYS.between(r.from(), r.to()) + 1)), w));
        p.addAll(HandoutText.lines(TYPE.small(), say.say("generated", date(r.generatedOn(), say)), w));
        return p;
    }

    private static List<Piece> programs(ProgressReport r, Words say, float w) {
        List<Piece> p = section(say.say("programs"), w);
        List<List<String>> rows = new ArrayList<>();
        for (ProgramLine program : r.programs()) {
            String name = program.title() + ("active".equals(program.status()) ? "" : " (" + say.say("program." + program.status()) + ")");
            if (program.inForceAtStart() != null) {
                rows.add(version(name, program.inForceAtStart(), say.say("inUseAtStart"), say));
            }
            for (VersionLine v : program.published()) {
                rows.add(version(name, v, say.say("publishedInPeriod"), say));
            }
        }
        if (rows.isEmpty()) {
            p.addAll(note(say.say("noProgram"), w));
        } else {
            p.addAll(ReportTable.of(w, new float[] {3, 0.9f, 1.5f, 1.8f, 1.2f, 2.4f}, CELL_HEAD, CELL,
                    heads(say, "program", "version", "published", "publishedBy", "exercises").plus("").list(), rows));
        }
        return p;
    }

    private static List<String> version(String program, VersionLine v, String when, Words say) {
        return List.of(program, String.valueOf(v.number()), date(v.publishedOn(), say), v.publishedBy() == null ? NONE : v.publishedBy(),
                String.valueOf(v.itemCount()), when);
    }

    private static List<Piece> adherence(ProgressReport r, Words say, float w) {
        List<Piece> p = section(say.say("adherence"), w);
        p.addAll(note(say.say("adherenceNote", r.planInWords()), w));
        List<List<String>> rows = new ArrayList<>();
        for (WeekLine week : r.weeks()) {
            rows.add(List.of(week(week, say), String.valueOf(week.sessions()), String.valueOf(week.daysDone()),
                    String.valueOf(week.prescribed()), ReportNumbers.percent(week.percent())));
        }
        rows.add(List.of(say.say("wholePeriod"), String.valueOf(r.sessions()), String.valueOf(r.daysDone()),
                String.valueOf(r.daysPrescribed()), ReportNumbers.percent(r.percent())));
        p.addAll(ReportTable.of(w, new float[] {2.6f, 1.2f, 1.8f, 1.8f, 1.2f}, CELL_HEAD, CELL,
                heads(say, "week", "sessions", "daysDone", "daysAsked", "done").list(), rows));
        p.addAll(note(say.say("wholePeriodNote"), w));
        return p;
    }

    private static List<Piece> pain(ProgressReport r, Words say, float w) {
        List<Piece> p = section(say.say("pain"), w);
        p.addAll(note(say.say("painNote"), w));
        List<List<String>> rows = new ArrayList<>();
        for (WeekLine week : r.weeks()) {
            rows.add(List.of(week(week, say), String.valueOf(week.sessions()), n(number(week.meanBefore()), say), n(number(week.medianBefore()), say),
                    n(number(week.meanAfter()), say), n(number(week.medianAfter()), say)));
        }
        p.addAll(ReportTable.of(w, new float[] {2.6f, 1.2f, 1.4f, 1.4f, 1.4f, 1.4f}, CELL_HEAD, CELL,
                heads(say, "week", "sessions", "beforeMean", "beforeMedian", "afterMean", "afterMedian").list(), rows));
        return p;
    }

    private static List<Piece> measures(ProgressReport r, Words say, float w) {
        List<Piece> p = section(say.say("measures"), w);
        if (r.measures().isEmpty()) {
            p.addAll(note(say.say("noMeasure"), w));
            return p;
        }
        p.addAll(note(say.say("measuresNote"), w));
        List<List<String>> rows = new ArrayList<>();
        for (MeasureLine m : r.measures()) {
            String scores = m.scores().isEmpty() ? say.say("noScores") : String.join("; ", m.scores().stream()
                    .map(s -> say.say("scoreOn", n(number(s.score()), say), date(s.answeredOn(), say))).toList());
            if (m.baseline() != null && m.baseline().answeredOn().isBefore(r.from())) {
                scores = say.say("baselineOn", n(score(m.baseline()), say), date(m.baseline().answeredOn(), say)) + "; " + scores;
            }
            rows.add(List.of(m.title() + " (" + m.better() + ")", scores, n(score(m.baseline()), say), n(score(m.latest()), say),
                    n(ReportNumbers.change(m.change()), say), n(number(m.mcid()), say), m.verdict()));
        }
        p.addAll(ReportTable.of(w, new float[] {2.2f, 2.6f, 1.25f, 0.9f, 1, 0.9f, 2.4f}, CELL_HEAD, CELL,
                heads(say, "measure", "scores", "baseline", "latest", "change", "mcid", "verdict").list(), rows));
        return p;
    }

    /** A formatted number with the language's decimal mark: "2.5" / "2,5". */
    private static String n(String formatted, Words say) {
        return "es".equals(say.language()) ? formatted.replace('.', ',') : formatted;
    }

    private static String score(ProgressReport.Score s) {
        return number(s == null ? null : s.score());
    }

    private static List<Piece> alerts(ProgressReport r, Words say, float w) {
        List<Piece> p = section(say.say("alerts"), w);
        long resolved = r.alerts().stream().filter(a -> a.resolvedOn() != null).count();
        if (r.alerts().isEmpty()) {
            p.addAll(note(say.say("noAlert"), w));
            return p;
        }
        p.addAll(note(say.say("alertCount", r.alerts().size(), Long.toString(r.alerts().size() - resolved), Long.toString(resolved)), w));
        List<List<String>> rows = new ArrayList<>();
        for (AlertLine a : r.alerts()) {
            rows.add(List.of(date(a.raisedOn(), say), a.severity(), a.headline(), a.status(), date(a.resolvedOn(), say)));
        }
        p.addAll(ReportTable.of(w, new float[] {1.3f, 1, 4.4f, 2.1f, 1.3f}, CELL_HEAD, CELL,
                heads(say, "raised", "severity", "what", "status", "resolved").list(), rows));
        return p;
    }

    private static String week(WeekLine week, Words say) {
        return week.first().equals(week.last()) ? date(week.first(), say)
                : ReportNumbers.shortDate(week.first(), say) + " – " + date(week.last(), say);
    }

    /** A table's column heads, from the bundle's {@code col.<name>} keys. */
    private record Heads(List<String> list) {
        Heads plus(String last) {
            List<String> all = new ArrayList<>(list);
            all.add(last);
            return new Heads(all);
        }
    }

    private static Heads heads(Words say, String... names) {
        return new Heads(java.util.Arrays.stream(names).map(n -> say.say("col." + n)).toList());
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
