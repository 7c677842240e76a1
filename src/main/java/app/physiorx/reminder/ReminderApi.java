package app.physiorx.reminder;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

public final class ReminderApi {
    private ReminderApi() {
    }

    /**
     * What the patient (or their therapist) picks: one to three times of day in the clinic's zone, the weekdays
     * (empty: follow the program's days), and whether a reminder email goes out when the day's session is not logged.
     */
    public record ReminderInput(@NotNull @Size(min = 1, max = 3) List<@NotNull LocalTime> times,
                                @Size(max = 7) List<@NotNull DayOfWeek> days,
                                Boolean email) {
    }

    /**
     * The reminders as they stand. {@code days} are the days reminders come on (the chosen ones, or the program's);
     * {@code calendarUrl} is shown to the patient only (it is their secret).
     */
    public record ReminderView(long patientId, boolean stored, List<LocalTime> times, List<DayOfWeek> chosenDays,
                               boolean followsProgram, List<DayOfWeek> days, List<DayOfWeek> programDays, boolean emailOn, boolean emailPossible,
                               boolean calendarOn, String calendarUrl, OffsetDateTime calendarIssuedAt, String updatedBy,
                               OffsetDateTime updatedAt) {
        /** Whether any channel is on. */
        public boolean on() {
            return emailOn || calendarOn;
        }

        /** "18:00" or "08:00 and 18:00": the times in words. */
        public String timesInWords() {
            List<String> t = times.stream().map(LocalTime::toString).toList();
            return t.size() == 1 ? t.getFirst() : String.join(", ", t.subList(0, t.size() - 1)) + " and " + t.getLast();
        }

        /** "every day" or "Monday, Wednesday and Friday": the days reminders come on. */
        public String daysInWords() {
            return inWords(days);
        }

        private static String inWords(List<DayOfWeek> days) {
            if (days.size() == 7) {
                return "every day";
            }
            List<String> d = days.stream().map(x -> x.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)).toList();
            return d.isEmpty() ? "no day" : d.size() == 1 ? d.getFirst()
                    : String.join(", ", d.subList(0, d.size() - 1)) + " and " + d.getLast();
        }

        public boolean isChosen(DayOfWeek d) {
            return chosenDays.contains(d);
        }

        /** The calendar link as a phone opens it in its calendar app (webcal://). */
        public String webcalUrl() {
            return calendarUrl == null ? null : calendarUrl.replaceFirst("^https?://", "webcal://");
        }

        /** The n-th time (0-based) as HH:mm, or "" when there are fewer. */
        public String time(int n) {
            return n < times.size() ? times.get(n).toString() : "";
        }
    }
}
