package app.physiorx.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.progress.SessionApi.SessionView;
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

    @Test
    void weeksBeforeTheProgramStartedDoNotCountAsMissed() {
        LocalDate start = WEDNESDAY.minusWeeks(1); // the program started last Wednesday
        var history = ProgressCharts.history(List.of(on(start, 3, 2), on(start.plusDays(2), 3, 2)), WEDNESDAY, 5, 7, start);
        assertEquals(0, history.weeks().getFirst().prescribed());
        assertEquals(7, history.weeks().get(3).prescribed());
        assertEquals(2, history.done());
        assertEquals(7, history.prescribed(), "only last week is a whole week since the start");
        assertEquals(29, history.percent());
    }

    @Test
    void thisWeekIsShownButNotCountedUntilItIsOver() {
        var history = ProgressCharts.history(List.of(on(WEDNESDAY, 2, 1)), WEDNESDAY, 2, 3, null);
        assertEquals(1, history.thisWeek().done());
        assertEquals(0, history.done());
        assertTrue(history.thisWeek().days().get(2).today());
        assertTrue(history.thisWeek().days().get(3).future());
    }

    @Test
    void withoutAWeeklyTargetThereIsNoPercentage() {
        var history = ProgressCharts.history(List.of(), WEDNESDAY, 2, 0, null);
        assertNull(history.percent());
    }

    @Test
    void theChartPlotsPainBeforeAndAfterOfEverySessionOnTheZeroToTenScale() {
        String svg = ProgressCharts.painChart(List.of(on(WEDNESDAY.minusDays(2), 10, 0), on(WEDNESDAY, 4, 2)));
        assertEquals(2, svg.split("<circle class=\"before\"").length - 1);
        assertTrue(svg.contains("pain before 10") && svg.contains("pain after 0"));
        // 10 is drawn at the top of the plot (y = 14), 0 at the bottom (y = 200)
        assertTrue(svg.contains("cy=\"14.0\"") && svg.contains("cy=\"200.0\""), svg);
        assertFalse(ProgressCharts.painChart(List.of()).contains("<polyline"));
    }
}
