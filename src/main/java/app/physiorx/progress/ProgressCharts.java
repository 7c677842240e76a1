package app.physiorx.progress;

import app.physiorx.program.ProgramApi.PublishedItem;
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
 * week (sessions done against sessions prescribed) and the pain trend chart's geometry (drawn as SVG by
 * the tag {@code tags/painChart.html}).
 */
public final class ProgressCharts {

    /** The pain chart's size and the margins around its plot, in SVG units. */
    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 34;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 40;
    private static final double PLOT_W = WIDTH - LEFT - RIGHT;
    private static final double PLOT_H = HEIGHT - TOP - BOTTOM;

    private ProgressCharts() {
    }

    /** The words of the week and the calendar in a patient's language. */
    static app.physiorx.common.Words words(String language) {
        return app.physiorx.common.Words.of("progress", language);
    }

    public record Day(LocalDate date, int sessions, boolean today, boolean future) {
        public int dayOfMonth() {
            return date.getDayOfMonth();
        }

        public String label() {
            return label("en");
        }

        /** "Monday 3 November: 1 session" / "lunes 3 de noviembre: 1 sesión". */
        public String label(String language) {
            app.physiorx.common.Words w = words(language);
            return w.say("day.label", date.format(DateTimeFormatter.ofPattern(w.raw("date.day"), w.locale())),
                    future ? w.say("day.future") : w.say("day.sessions", sessions));
        }
    }

    /** A week of the calendar: {@code done} days with a session against the {@code prescribed} exercise days it asks for. */
    public record Week(LocalDate monday, List<Day> days, int done, int prescribed) {
        public String label() {
            return label("en");
        }

        public String label(String language) {
            app.physiorx.common.Words w = words(language);
            return w.say("week.label", monday.format(DateTimeFormatter.ofPattern(w.raw("date.short"), w.locale())));
        }

        /** Done against prescribed, in percent (capped at 100); null when nothing is prescribed. */
        public Integer percent() {
            return prescribed == 0 ? null : Math.min(100, Math.round(done * 100f / prescribed));
        }

        /** "7 days this week; 2 of 7 done" */
        public String inWords() {
            return inWords("en");
        }

        public String inWords(String language) {
            return words(language).say("week.inWords", prescribed, Integer.toString(done));
        }
    }

    public record History(List<Week> weeks, WeekPlan plan, int done, int prescribed, PainChart painChart,
                          int sessionsCharted) {
        public Integer percent() {
            return prescribed == 0 ? null : Math.min(100, Math.round(done * 100f / prescribed));
        }

        public Week thisWeek() {
            return weeks.getLast();
        }
    }

    /** The calendar starts with the week the program started, and shows at most {@code most} weeks (this one last). */
    public static int weeksShown(LocalDate start, LocalDate today, int most) {
        if (start == null || start.isAfter(today)) {
            return 1;
        }
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) + 1;
        return (int) Math.max(1, Math.min(most, weeks));
    }

    /**
     * The last {@code weeks} weeks (Monday to Sunday, this week last) with the sessions logged on each day; adherence
     * counts days with a session against the plan's days, from the week the program started.
     */
    public static History history(List<SessionView> sessions, LocalDate today, int weeks, WeekPlan plan) {
        return history(sessions, today, weeks, plan, "en");
    }

    /** As {@link #history(List, LocalDate, int, WeekPlan)}, the chart's words in a patient's language. */
    public static History history(List<SessionView> sessions, LocalDate today, int weeks, WeekPlan plan, String language) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        sessions.forEach(s -> perDay.merge(s.date(), 1, Integer::sum));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        List<Week> out = new ArrayList<>();
        int done = 0;
        int prescribed = 0;
        for (int w = 0; w < weeks; w++) {
            LocalDate start = monday.plusWeeks(w);
            List<Day> days = new ArrayList<>();
            int daysDone = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate date = start.plusDays(d);
                int n = perDay.getOrDefault(date, 0);
                boolean counts = plan.start() == null || !date.isBefore(plan.start());
                daysDone += n > 0 && counts ? 1 : 0;
                days.add(new Day(date, n, date.equals(today), date.isAfter(today)));
            }
            int target = plan.target(start);
            out.add(new Week(start, days, daysDone, target));
            if (w < weeks - 1) { // whole weeks only: this week is still under way
                done += Math.min(daysDone, target);
                prescribed += target;
            }
        }
        List<SessionView> charted = sessions.size() > 40 ? sessions.subList(sessions.size() - 40, sessions.size()) : sessions;
        return new History(out, plan, done, prescribed, painChart(charted, language), charted.size());
    }

    /**
     * The pain chart's geometry, drawn by the tag {@code tags/painChart.html}. Coordinates with a fraction are
     * strings formatted for SVG (one decimal, {@link Locale#ROOT}).
     */
    public record PainChart(int width, int height, List<GridLine> grid, String beforePoints, String afterPoints,
                            List<Dot> dots, Label firstDate, Label lastDate, List<Legend> legends, Label noData) {
        /** False without sessions: the chart shows only the grid and {@link #noData}. */
        public boolean hasData() {
            return !dots.isEmpty();
        }
    }

    /** A horizontal grid line at pain {@code value}, labelled on the left axis. */
    public record GridLine(int x1, int x2, String y, int labelX, String labelY, int value) {
    }

    /** A session's pain before or after ({@code cssClass} "before" or "after"), with its tooltip. */
    public record Dot(String cssClass, String cx, String cy, String title) {
    }

    /** A text on the chart at {@code x}, {@code y}. */
    public record Label(int x, int y, String text) {
    }

    /** A legend entry: a line sample from {@code x1} to {@code x2} at {@code y}, then its text. */
    public record Legend(String cssClass, int x1, int x2, int y, int textX, int textY, String text) {
    }

    /** Pain before (dashed) and after (solid) each session, oldest left, on the 0-10 scale. */
    public static PainChart painChart(List<SessionView> sessions) {
        return painChart(sessions, "en");
    }

    /** As {@link #painChart(List)}, its words in a patient's language. */
    public static PainChart painChart(List<SessionView> sessions, String language) {
        app.physiorx.common.Words w = words(language);
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern(w.raw("date.short"), w.locale());
        List<GridLine> grid = new ArrayList<>();
        for (int v = 0; v <= 10; v += 2) {
            double y = painY(v);
            grid.add(new GridLine(LEFT, WIDTH - RIGHT, decimal(y), LEFT - 6, decimal(y + 4), v));
        }
        Label noData = new Label(WIDTH / 2, HEIGHT / 2, w.say("chart.none"));
        if (sessions.isEmpty()) {
            return new PainChart(WIDTH, HEIGHT, grid, "", "", List.of(), null, null, List.of(), noData);
        }
        int n = sessions.size();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SessionView s = sessions.get(i);
            String x = decimal(n == 1 ? LEFT + PLOT_W / 2 : LEFT + i * PLOT_W / (n - 1));
            String yb = decimal(painY(s.painBefore()));
            String ya = decimal(painY(s.painAfter()));
            before.add(x + "," + yb);
            after.add(x + "," + ya);
            String when = s.date().format(shortDate);
            dots.add(new Dot("before", x, yb, w.say("chart.dotBefore", when, Integer.toString(s.painBefore()))));
            dots.add(new Dot("after", x, ya, w.say("chart.dotAfter", when, Integer.toString(s.painAfter()))));
        }
        Label first = new Label(LEFT, HEIGHT - 22, sessions.getFirst().date().format(shortDate));
        Label last = new Label(WIDTH - RIGHT, HEIGHT - 22, sessions.getLast().date().format(shortDate));
        List<Legend> legends = List.of(
                new Legend("before", LEFT, LEFT + 24, HEIGHT - 6, LEFT + 30, HEIGHT - 2, w.say("chart.before")),
                new Legend("after", LEFT + 130, LEFT + 154, HEIGHT - 6, LEFT + 160, HEIGHT - 2, w.say("chart.after")));
        return new PainChart(WIDTH, HEIGHT, grid, String.join(" ", before), String.join(" ", after), dots, first, last,
                legends, noData);
    }

    /** The y of a pain value: 10 at the top of the plot, 0 at the bottom. */
    private static double painY(int pain) {
        return TOP + (10 - pain) * PLOT_H / 10;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Which of the exercise's numbers a patient reports: reps, a hold or a duration. */
    public static boolean countsReps(PublishedItem item) {
        return item.reps() != null || (item.holdSeconds() == null && item.durationSeconds() == null);
    }
}
