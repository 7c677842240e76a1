package app.physiorx.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.program.ProgramApi.VersionView;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar's rules, on a calendar of its own: the first day, a zone with summer time, the recurrence's days. */
@io.quarkus.test.junit.QuarkusTest // for the message bundle
class ReminderCalendarRulesTest {
    private static final VersionView VERSION = new VersionView(7, 3, "Back", null, "Tessa", OffsetDateTime.parse("2026-03-01T10:00:00Z"),
            List.of());

    @Test
    void theFirstReminderIsOnTheFirstChosenDayFromTheStart() {
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        assertEquals(thursday, ReminderCalendar.firstDay(thursday, EnumSet.allOf(DayOfWeek.class)));
        assertEquals(LocalDate.of(2026, 12, 7), ReminderCalendar.firstDay(thursday, Set.of(DayOfWeek.MONDAY)));
        assertEquals(LocalDate.of(2026, 12, 5), ReminderCalendar.firstDay(thursday, Set.of(DayOfWeek.SATURDAY, DayOfWeek.TUESDAY)));
    }

    @Test
    void aBerlinReminderKeepsItsLocalTimeAcrossSummerTime() throws Exception {
        String ics = new ReminderCalendar(ZoneId.of("Europe/Berlin"), "clinic.example").feed(42, List.of(LocalTime.of(18, 30)),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 3, 20), VERSION, null, "https://clinic.example/me", "en");
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        Component zone = cal.getComponents(Component.VTIMEZONE).getFirst();
        assertEquals("Europe/Berlin", zone.getProperty(Property.TZID).orElseThrow().getValue());
        assertTrue(ics.contains("BEGIN:DAYLIGHT"), "the zone's summer time travels with the feed");
        VEvent e = (VEvent) cal.getComponents(Component.VEVENT).getFirst();
        assertEquals("20260320T183000", e.getProperty(Property.DTSTART).orElseThrow().getValue(), "Friday 20 March, 18:30 local");
        assertEquals("FREQ=WEEKLY;BYDAY=MO,FR", e.getProperty(Property.RRULE).orElseThrow().getValue());
        assertEquals("3", e.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("physiorx-reminder-42-1830@clinic.example", e.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("20260301T100000Z", e.getProperty(Property.LAST_MODIFIED).orElseThrow().getValue());
    }
}
