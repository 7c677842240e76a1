package app.physiorx.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.exercise.Dosage;
import app.physiorx.progress.SessionApi.SessionView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ProgressChartsTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    private static SessionView on(LocalDate day, int before, int after) {
        return new SessionView(1, UUID.randomUUID(), day, 1, 1, before, after, null, List.of(), null, 1, 1, List.of(), null);
    }

    private static Dosage daily(int timesPerDay, int daysPerWeek, DayOfWeek... weekdays) {
        return new Dosage(2, 10, null, null, null, null, timesPerDay, daysPerWeek, List.of(weekdays), null, null, null);
    }

    private static WeekPlan plan(int daysPerWeek, LocalDate start) {
        return WeekPlan.of(List.of(daily(1, daysPerWeek)), start);
    }

    @Test
    void weeksBeforeTheProgramStartedDoNotCountAsMissed() {
        LocalDate start = WEDNESDAY.minusWeeks(1); // the program started last Wednesday
        var history = ProgressCharts.history(List.of(on(start, 3, 2), on(start.plusDays(2), 3, 2)), WEDNESDAY, 5, plan(7, start));
        assertEquals(0, history.weeks().getFirst().prescribed());
        assertEquals(5, history.weeks().get(3).prescribed(), "the first week asks only for the days from Wednesday on");
        assertEquals(2, history.done());
        assertEquals(5, history.prescribed(), "only last week is a whole week since the start");
        assertEquals(40, history.percent());
    }

    @Test
    void aOnceADayProgramAsksForSevenDaysNotFourteenSessions() {
        // the old count multiplied days by times a day of the busiest exercise: "0 of 14 sessions"
        WeekPlan plan = WeekPlan.of(List.of(daily(1, 7), daily(2, 7)), null);
        var week = ProgressCharts.history(List.of(on(WEDNESDAY.minusDays(2), 3, 2), on(WEDNESDAY, 3, 2)), WEDNESDAY, 1, plan)
                .thisWeek();
        assertEquals("7 days this week; 2 of 7 done", week.inWords());
        assertEquals("Your program asks for exercise every day, some exercises twice a day.", plan.inWords());
    }

    @Test
    void twoSessionsOnOneDayCountAsOneDay() {
        var week = ProgressCharts.history(List.of(on(WEDNESDAY, 3, 2), on(WEDNESDAY, 2, 2)), WEDNESDAY, 1, plan(7, null)).thisWeek();
        assertEquals(1, week.done());
        assertEquals(2, week.days().get(2).sessions(), "the calendar still shows both sessions");
    }

    @Test
    void weekdaysSetTheDaysAndTheirNames() {
        WeekPlan plan = WeekPlan.of(List.of(daily(1, 7, DayOfWeek.FRIDAY, DayOfWeek.MONDAY), daily(1, 7, DayOfWeek.WEDNESDAY)), null);
        assertEquals(3, plan.target(WEDNESDAY.minusDays(2)));
        assertEquals("Your program asks for exercise on Monday, Wednesday and Friday.", plan.inWords());
        assertEquals(1, WeekPlan.of(List.of(daily(1, 7, DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), WEDNESDAY).target(WEDNESDAY.minusDays(2)),
                "started on Wednesday: only Friday is left this week");
    }

    @Test
    void fewerDaysAWeekAreNeverMoreThanTheDaysLeftAfterTheStart() {
        WeekPlan plan = plan(5, WEDNESDAY.plusDays(3)); // starts on Saturday
        assertEquals(2, plan.target(WEDNESDAY.minusDays(2)));
        assertEquals(5, plan.target(WEDNESDAY.plusDays(5)));
        assertEquals("Your program asks for exercise on 5 days a week.", plan.inWords());
    }

    @Test
    void theCalendarStartsWithTheWeekTheProgramStarted() {
        assertEquals(1, ProgressCharts.weeksShown(WEDNESDAY, WEDNESDAY, 5), "started today: only this week");
        assertEquals(1, ProgressCharts.weeksShown(WEDNESDAY.minusDays(2), WEDNESDAY, 5), "started on Monday of this week");
        assertEquals(3, ProgressCharts.weeksShown(WEDNESDAY.minusDays(15), WEDNESDAY, 5), "started in the week two weeks back");
        assertEquals(5, ProgressCharts.weeksShown(WEDNESDAY.minusWeeks(10), WEDNESDAY, 5), "at most five weeks");
        assertEquals(1, ProgressCharts.weeksShown(null, WEDNESDAY, 5));
    }

    @Test
    void thisWeekIsShownButNotCountedUntilItIsOver() {
        var history = ProgressCharts.history(List.of(on(WEDNESDAY, 2, 1)), WEDNESDAY, 2, plan(3, null));
        assertEquals(1, history.thisWeek().done());
        assertEquals(0, history.done());
        assertTrue(history.thisWeek().days().get(2).today());
        assertTrue(history.thisWeek().days().get(3).future());
    }

    @Test
    void withoutAWeeklyTargetThereIsNoPercentage() {
        var history = ProgressCharts.history(List.of(), WEDNESDAY, 2, WeekPlan.NONE);
        assertNull(history.percent());
    }

    @Test
    void theChartPlotsPainBeforeAndAfterOfEverySessionOnTheZeroToTenScale() {
        var chart = ProgressCharts.painChart(List.of(on(WEDNESDAY.minusDays(2), 10, 0), on(WEDNESDAY, 4, 2)));
        assertTrue(chart.hasData());
        assertEquals(2, chart.dots().stream().filter(d -> d.cssClass().equals("before")).count());
        assertEquals("23 Nov: pain before 10", chart.dots().get(0).title());
        assertEquals("23 Nov: pain after 0", chart.dots().get(1).title());
        // 10 is drawn at the top of the plot (y = 14), 0 at the bottom (y = 200)
        assertEquals("14.0", chart.dots().get(0).cy());
        assertEquals("200.0", chart.dots().get(1).cy());
        assertEquals("34.0,14.0 628.0,125.6", chart.beforePoints());
        assertEquals("34.0,200.0 628.0,162.8", chart.afterPoints());
        assertEquals("23 Nov", chart.firstDate().text());
        assertEquals("25 Nov", chart.lastDate().text());
    }

    @Test
    void theGridShowsEveryOtherPainValueWithItsLabelBesideTheLine() {
        var grid = ProgressCharts.painChart(List.of()).grid();
        assertEquals(List.of(0, 2, 4, 6, 8, 10), grid.stream().map(ProgressCharts.GridLine::value).toList());
        assertEquals("200.0", grid.getFirst().y());
        assertEquals("204.0", grid.getFirst().labelY());
        assertEquals("14.0", grid.getLast().y());
    }

    @Test
    void aSingleSessionIsDrawnInTheMiddle() {
        var chart = ProgressCharts.painChart(List.of(on(WEDNESDAY, 5, 3)));
        assertEquals("331.0", chart.dots().getFirst().cx());
    }

    @Test
    void withoutSessionsThereIsNoLineOnlyAMessage() {
        var chart = ProgressCharts.painChart(List.of());
        assertFalse(chart.hasData());
        assertTrue(chart.dots().isEmpty() && chart.legends().isEmpty());
        assertEquals("No sessions logged yet", chart.noData().text());
    }
}
