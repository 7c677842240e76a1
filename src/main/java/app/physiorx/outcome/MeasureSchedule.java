package app.physiorx.outcome;

import app.physiorx.common.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When a patient is asked to answer an outcome measure. Pure functions over dates.
 *
 * <p>All dates are the clinic's local dates: the caller turns an instant (a response's time, "now") into a
 * {@link LocalDate} with the clinic's zone, never the server's, so an answer at 23:30 in Berlin counts for that
 * Berlin day.
 */
public final class MeasureSchedule {
    /** Days after its due date that an unanswered measure is overdue. */
    public static final int OVERDUE_AFTER_DAYS = 7;
    private static final int MAX_EVERY_WEEKS = 52;

    private MeasureSchedule() {
    }

    /**
     * @param atStart     ask on the program's first day
     * @param everyWeeks  ask again every this many weeks after the start (1 to 52), or null for no repeats
     * @param atDischarge ask on the discharge day
     */
    public record Schedule(boolean atStart, Integer everyWeeks, boolean atDischarge) {
        public Schedule {
            if (everyWeeks != null && (everyWeeks < 1 || everyWeeks > MAX_EVERY_WEEKS)) {
                throw InvalidInputException.field("everyWeeks",
                        "Repeat the measure every 1 to " + MAX_EVERY_WEEKS + " weeks, or leave the repeat empty.");
            }
        }
    }

    /**
     * The due dates from {@code start} through {@code until}, sorted and without duplicates: the start day (if
     * {@code atStart}); {@code start + k × everyWeeks} weeks for k = 1, 2, ..., none after {@code until} and none
     * after the discharge day; and the discharge day itself (if {@code atDischarge} and {@code dischargeOn} is
     * given, and it falls from start through until). A discharge on an interval day gives that day once.
     */
    public static List<LocalDate> dueDates(Schedule s, LocalDate start, LocalDate dischargeOn, LocalDate until) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (until.isBefore(start)) {
            return List.of();
        }
        if (s.atStart()) {
            dates.add(start);
        }
        LocalDate end = dischargeOn != null && dischargeOn.isBefore(until) ? dischargeOn : until;
        if (s.everyWeeks() != null) {
            for (LocalDate d = start.plusWeeks(s.everyWeeks()); !d.isAfter(end); d = d.plusWeeks(s.everyWeeks())) {
                dates.add(d);
            }
        }
        if (s.atDischarge() && dischargeOn != null && !dischargeOn.isBefore(start) && !dischargeOn.isAfter(until)) {
            dates.add(dischargeOn);
        }
        return List.copyOf(dates);
    }

    /**
     * The due date the patient should answer now, if any.
     *
     * <p>The rule: each due date opens a window that lasts until the day before the next due date (the last one
     * stays open). A due date is answered when some response date falls in its window and is not after
     * {@code today}. Only the current window can be due: the latest due date on or before today, when it is not
     * answered. A due date whose window closed without a response is missed rather than due, so a patient who
     * skipped one check-in is asked for the current one, not for an old one that no later answer could fill.
     *
     * @param responseDates the clinic-local dates of the patient's responses to this measure, in any order
     * @return the due date to answer, or empty when nothing is due (or the current one is answered)
     */
    public static Optional<LocalDate> nextDue(Schedule s, LocalDate start, LocalDate dischargeOn,
                                              List<LocalDate> responseDates, LocalDate today) {
        List<LocalDate> due = dueDates(s, start, dischargeOn, today);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        LocalDate current = due.getLast();
        boolean answered = responseDates.stream().anyMatch(r -> !r.isBefore(current) && !r.isAfter(today));
        return answered ? Optional.empty() : Optional.of(current);
    }

    /** Whether a measure due on {@code due} and still unanswered is overdue on {@code today}: more than 7 days after. */
    public static boolean overdue(LocalDate due, LocalDate today) {
        return today.isAfter(due.plusDays(OVERDUE_AFTER_DAYS));
    }
}
