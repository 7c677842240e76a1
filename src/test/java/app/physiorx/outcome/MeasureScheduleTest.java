package app.physiorx.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.physiorx.common.InvalidInputException;
import app.physiorx.outcome.MeasureSchedule.Schedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Due dates of an outcome measure, what is due now and when it is overdue. */
@Tag("unit")
class MeasureScheduleTest {
    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    private static LocalDate week(int weeks) {
        return START.plusWeeks(weeks);
    }

    @Test
    void atStartOnlyIsTheStartDay() {
        assertEquals(List.of(START), MeasureSchedule.dueDates(new Schedule(true, null, false), START, null, week(12)));
    }

    @Test
    void everyTwoWeeksOverSevenWeeksIsTheStartAndWeeksTwoFourAndSix() {
        assertEquals(List.of(START, week(2), week(4), week(6)),
                MeasureSchedule.dueDates(new Schedule(true, 2, false), START, null, week(7)));
    }

    @Test
    void theIntervalAloneStartsTwoWeeksIn() {
        assertEquals(List.of(week(2), week(4)), MeasureSchedule.dueDates(new Schedule(false, 2, false), START, null, week(5)));
    }

    @Test
    void aDischargeBeforeTheNextIntervalEndsTheSeriesWithTheDischargeDay() {
        LocalDate discharge = week(5).plusDays(2);
        assertEquals(List.of(START, week(2), week(4), discharge),
                MeasureSchedule.dueDates(new Schedule(true, 2, true), START, discharge, week(12)));
    }

    @Test
    void aDischargeEndsTheIntervalsEvenWhenItIsNotMeasured() {
        assertEquals(List.of(START, week(2)),
                MeasureSchedule.dueDates(new Schedule(true, 2, false), START, week(3), week(12)));
    }

    @Test
    void aDischargeOnAnIntervalDayIsDueOnce() {
        assertEquals(List.of(START, week(2), week(4)),
                MeasureSchedule.dueDates(new Schedule(true, 2, true), START, week(4), week(12)));
    }

    @Test
    void aDischargeAfterUntilIsNotYetListed() {
        assertEquals(List.of(START, week(2)), MeasureSchedule.dueDates(new Schedule(true, 2, true), START, week(8), week(3)));
    }

    @Test
    void nothingIsDueBeforeTheStart() {
        assertEquals(List.of(), MeasureSchedule.dueDates(new Schedule(true, 1, true), START, null, START.minusDays(1)));
    }

    @ParameterizedTest(name = "every {0} weeks is refused")
    @ValueSource(ints = {0, -1, 53})
    void aRepeatOutsideOneToFiftyTwoWeeksIsRefused(int weeks) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Schedule(true, weeks, false));
        assertEquals("everyWeeks", e.fields().getFirst().field());
    }

    /** Every 2 weeks from START (a Monday) with a measure at the start; days are counted from START. */
    @ParameterizedTest(name = "on day {0} with responses on days [{1}] the due date is day {2}")
    @CsvSource({
            "0,  ,       0",      // the first day, nothing answered yet
            "0,  0,       ",      // answered on the day
            "3,  1,       ",      // answered a day after it was due
            "0,  1,      0",      // a response dated after today does not count
            "14, 0,      14",     // the next one comes due
            "17, 0,      14",
            "17, 13,     14",     // a response the day before does not answer it
            "17, 0 15,     ",
            "28, 0,      28",     // week 2 was missed: the current one is asked, not the old one
            "-1, ,         ",     // before the start
    })
    void nextDueIsTheCurrentDueDateWhileItHasNoResponse(int today, String responses, Integer expected) {
        List<LocalDate> responseDates = responses == null ? List.of()
                : Arrays.stream(responses.split(" ")).map(d -> START.plusDays(Integer.parseInt(d))).toList();
        Optional<LocalDate> due = MeasureSchedule.nextDue(new Schedule(true, 2, false), START, null, responseDates,
                START.plusDays(today));
        assertEquals(Optional.ofNullable(expected).map(START::plusDays), due);
    }

    @Test
    void theDischargeDayIsDueOnceReached() {
        LocalDate discharge = week(3);
        assertEquals(Optional.of(discharge), MeasureSchedule.nextDue(new Schedule(true, 2, true), START, discharge,
                List.of(START, week(2)), discharge));
    }

    @ParameterizedTest(name = "{0} days after the due date: overdue {1}")
    @CsvSource({"0, false", "7, false", "8, true", "30, true"})
    void aMeasureIsOverdueMoreThanSevenDaysAfterItWasDue(int days, boolean overdue) {
        assertEquals(overdue, MeasureSchedule.overdue(START, START.plusDays(days)));
    }

    @Test
    void aResponseAtHalfPastElevenInBerlinCountsForThatBerlinDay() {
        ZoneId clinic = ZoneId.of("Europe/Berlin");
        LocalDate dueDay = week(2);
        ZonedDateTime answeredAt = ZonedDateTime.of(dueDay, LocalTime.of(23, 30), clinic);
        ZonedDateTime nowInClinic = ZonedDateTime.of(dueDay, LocalTime.of(23, 45), clinic);
        Schedule schedule = new Schedule(true, 2, false);

        LocalDate responseDay = answeredAt.toInstant().atZone(clinic).toLocalDate();
        LocalDate today = nowInClinic.toInstant().atZone(clinic).toLocalDate();
        assertEquals(dueDay, responseDay);
        assertEquals(Optional.empty(), MeasureSchedule.nextDue(schedule, START, null, List.of(START, responseDay), today));

        // converted in a zone east of the clinic (a server in Tokyo) the same instant falls on the next day,
        // after the clinic's "today", and the measure would wrongly look unanswered
        LocalDate wrongDay = answeredAt.toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();
        assertEquals(dueDay.plusDays(1), wrongDay);
        assertEquals(Optional.of(dueDay), MeasureSchedule.nextDue(schedule, START, null, List.of(START, wrongDay), today));
    }
}
