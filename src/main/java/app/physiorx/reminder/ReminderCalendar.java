package app.physiorx.reminder;

import app.physiorx.config.PhysioRxConfig;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.web.Messages;
import app.physiorx.web.Msg;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The reminders as an iCalendar document, written by ical4j: one weekly recurring event per chosen time on the
 * reminder days, in the clinic's zone (with its VTIMEZONE), each with an alarm at its start. No health details:
 * the event says it is time for the home exercises and links to the patient's page, never an exercise, a
 * condition or a dosage. The sequence is the published version's number, so a new version updates the feed.
 */
@ApplicationScoped
public class ReminderCalendar {
    private final ZoneId zone;
    private final String host;

    @jakarta.inject.Inject
    public ReminderCalendar(PhysioRxConfig config) {
        this(config.timeZone(), URI.create(config.publicUrl()).getHost());
    }

    ReminderCalendar(ZoneId zone, String host) {
        this.zone = zone;
        this.host = host;
    }

    /** A calendar without events: no program to remind of (none published, discharged, or no reminders set). */
    public String empty(String language) {
        return calendar(Messages.in(language)).toString();
    }

    public String feed(long patientId, List<LocalTime> times, Set<DayOfWeek> days, LocalDate programStart,
                       VersionView version, OffsetDateTime settingsChanged, String link, String language) {
        Msg msg = Messages.in(language);
        Calendar cal = calendar(msg);
        VTimeZone vtz = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone();
        cal.add(vtz);
        // the events name the zone exactly as its VTIMEZONE does (the registry may give "UTC" as "Etc/UTC")
        ZoneId eventZone = vtz.getProperty(Property.TZID).map(Property::getValue).map(ZoneId::of).orElse(zone);
        List<WeekDay> byDay = days.stream().sorted().map(WeekDay::getWeekDay).toList();
        LocalDate first = firstDay(programStart == null ? LocalDate.now(zone) : programStart, days);
        Instant changed = later(version.publishedAt(), settingsChanged);
        for (LocalTime time : times) {
            ZonedDateTime start = ZonedDateTime.of(first, time, eventZone);
            VEvent event = new VEvent(start, Duration.ofMinutes(20), msg.reminderCalendar_title());
            event.add(new Uid("physiorx-reminder-" + patientId + "-" + time.toString().replace(":", "") + "@" + host));
            event.add(new RRule<>(new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY).dayList(byDay).build()));
            event.add(new Description(msg.reminderCalendar_description(link)));
            event.add(new Url(URI.create(link)));
            event.add(new Sequence(version.number()));
            event.add(new LastModified(changed));
            VAlarm alarm = new VAlarm(Duration.ZERO);
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(msg.reminderMail_subject()));
            event.add(alarm);
            cal.add(event);
        }
        return cal.toString();
    }

    private Calendar calendar(Msg msg) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//PhysioRx//Reminders//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", msg.reminderCalendar_title()));
        cal.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        // calendar apps that honour it refresh twice a day, so a new version reaches the phone the same day
        cal.add(new RefreshInterval(new net.fortuna.ical4j.model.ParameterList(List.of(net.fortuna.ical4j.model.parameter.Value.DURATION)),
                Duration.ofHours(12)));
        cal.add(new XProperty("X-PUBLISHED-TTL", "PT12H"));
        return cal;
    }

    /** The first reminder day on or after the start (the recurrence's first instance must be one of its days). */
    static LocalDate firstDay(LocalDate from, Set<DayOfWeek> days) {
        for (int i = 0; i < 7; i++) {
            LocalDate d = from.plusDays(i);
            if (days.contains(d.getDayOfWeek())) {
                return d;
            }
        }
        return from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    private static Instant later(OffsetDateTime a, OffsetDateTime b) {
        Instant x = a == null ? Instant.EPOCH : a.toInstant();
        Instant y = b == null ? Instant.EPOCH : b.toInstant();
        return (x.isAfter(y) ? x : y).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
