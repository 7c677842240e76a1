package app.physiorx.progress;

import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.progress.SessionApi.SessionView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The patient's history drawn on the server: a calendar of days with sessions, adherence per
 * week (sessions done against sessions prescribed) and the pain trend as an SVG chart.
 */
public final class ProgressCharts {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private ProgressCharts() {
    }

    public record Day(LocalDate date, int sessions, boolean today, boolean future) {
        public int dayOfMonth() {
            return date.getDayOfMonth();
        }

        public String label() {
            return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH)) + ": "
                    + (future ? "still to come" : sessions == 0 ? "no session" : sessions == 1 ? "1 session" : sessions + " sessions");
        }
    }

    /** A week of the calendar; {@code prescribed} is 0 for weeks before the program started. */
    public record Week(LocalDate monday, List<Day> days, int done, int prescribed) {
        public String label() {
            return "Week of " + monday.format(SHORT);
        }

        /** Done against prescribed, in percent (capped at 100); null when nothing is prescribed. */
        public Integer percent() {
            return prescribed == 0 ? null : Math.min(100, Math.round(done * 100f / prescribed));
        }
    }

    public record History(List<Week> weeks, int prescribedPerWeek, int done, int prescribed, String painChart,
                          int sessionsCharted) {
        public Integer percent() {
            return prescribed == 0 ? null : Math.min(100, Math.round(done * 100f / prescribed));
        }

        public Week thisWeek() {
            return weeks.getLast();
        }
    }

    /** Sessions the program asks for per week: the most demanding exercise's days times times per day. */
    public static int prescribedPerWeek(VersionView version) {
        if (version == null) {
            return 0;
        }
        return version.items().stream().mapToInt(i -> i.daysPerWeek() * i.timesPerDay()).max().orElse(0);
    }

    /** The last {@code weeks} weeks (Monday to Sunday, this week last) with the sessions logged on each day. */
    public static History history(List<SessionView> sessions, LocalDate today, int weeks, int prescribedPerWeek) {
        return history(sessions, today, weeks, prescribedPerWeek, null);
    }

    /**
     * The same, counting adherence only from the week the program started ({@code programStart}; null
     * for no limit), so weeks before it do not count as missed.
     */
    public static History history(List<SessionView> sessions, LocalDate today, int weeks, int prescribedPerWeek,
                                  LocalDate programStart) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        sessions.forEach(s -> perDay.merge(s.date(), 1, Integer::sum));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        List<Week> out = new ArrayList<>();
        int done = 0;
        int prescribed = 0;
        for (int w = 0; w < weeks; w++) {
            LocalDate start = monday.plusWeeks(w);
            List<Day> days = new ArrayList<>();
            int weekDone = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate date = start.plusDays(d);
                int n = perDay.getOrDefault(date, 0);
                weekDone += n;
                days.add(new Day(date, n, date.equals(today), date.isAfter(today)));
            }
            boolean started = programStart == null || !start.plusDays(6).isBefore(programStart);
            int weekPrescribed = started ? prescribedPerWeek : 0;
            out.add(new Week(start, days, weekDone, weekPrescribed));
            if (w < weeks - 1) { // whole weeks only: this week is still under way
                done += weekDone;
                prescribed += weekPrescribed;
            }
        }
        List<SessionView> charted = sessions.size() > 40 ? sessions.subList(sessions.size() - 40, sessions.size()) : sessions;
        return new History(out, prescribedPerWeek, done, prescribed, painChart(charted), charted.size());
    }

    /** Pain before (dashed) and after (solid) each session, oldest left, on the 0-10 scale. */
    public static String painChart(List<SessionView> sessions) {
        int width = 640;
        int height = 240;
        int left = 34;
        int right = 12;
        int top = 14;
        int bottom = 40;
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"pain-chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Pain before and after each session, on a scale of 0 to 10\""
                        + " xmlns=\"http://www.w3.org/2000/svg\">");
        for (int v = 0; v <= 10; v += 2) {
            double y = top + (10 - v) * plotH / 10;
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", left, y,
                    width - right, y));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                    left - 6, y + 4, v));
        }
        if (sessions.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                    + "No sessions logged yet</text>", width / 2, height / 2));
            return svg.append("</svg>").toString();
        }
        int n = sessions.size();
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < n; i++) {
            SessionView s = sessions.get(i);
            double x = n == 1 ? left + plotW / 2 : left + i * plotW / (n - 1);
            double yb = top + (10 - s.painBefore()) * plotH / 10;
            double ya = top + (10 - s.painAfter()) * plotH / 10;
            before.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yb));
            after.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, ya));
            String when = s.date().format(SHORT);
            dots.append(String.format(Locale.ROOT, "<circle class=\"before\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>%s: pain before %d</title></circle>",
                    x, yb, when, s.painBefore()));
            dots.append(String.format(Locale.ROOT, "<circle class=\"after\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>%s: pain after %d</title></circle>",
                    x, ya, when, s.painAfter()));
        }
        svg.append("<polyline class=\"before\" points=\"").append(before.toString().strip()).append("\"/>");
        svg.append("<polyline class=\"after\" points=\"").append(after.toString().strip()).append("\"/>");
        svg.append(dots);
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>", left, height - 22,
                sessions.getFirst().date().format(SHORT)));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                width - right, height - 22, sessions.getLast().date().format(SHORT)));
        svg.append(String.format(Locale.ROOT, "<line class=\"before\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<text class=\"axis\" x=\"%d\" y=\"%d\">pain before</text>", left, height - 6, left + 24, height - 6,
                left + 30, height - 2));
        svg.append(String.format(Locale.ROOT, "<line class=\"after\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<text class=\"axis\" x=\"%d\" y=\"%d\">pain after</text>", left + 130, height - 6, left + 154, height - 6,
                left + 160, height - 2));
        return svg.append("</svg>").toString();
    }

    /** Which of the exercise's numbers a patient reports: reps, a hold or a duration. */
    public static boolean countsReps(PublishedItem item) {
        return item.reps() != null || (item.holdSeconds() == null && item.durationSeconds() == null);
    }
}
