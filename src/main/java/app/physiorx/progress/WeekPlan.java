package app.physiorx.progress;

import app.physiorx.exercise.Dosage;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the program asks for in a week, counted in exercise days: the most days any exercise the patient sees
 * asks for (its days a week, or its weekdays), from the program's start. A day counts once however many
 * sessions are logged on it; {@code mostTimesADay} only says that some exercises are done more than once a day.
 */
public record WeekPlan(int daysPerWeek, Set<DayOfWeek> weekdays, int mostTimesADay, LocalDate start) {
    public static final WeekPlan NONE = new WeekPlan(0, Set.of(), 0, null);

    public static WeekPlan of(VersionView version, LocalDate start) {
        return version == null ? NONE : of(version.items().stream().map(PublishedItem::toDosage).toList(), start);
    }

    /** From the dosages of the exercises the patient sees. */
    public static WeekPlan of(List<Dosage> items, LocalDate start) {
        if (items.isEmpty()) {
            return NONE;
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        int days = 0;
        boolean everyItemHasWeekdays = true;
        for (Dosage i : items) {
            if (i.weekdays() != null && !i.weekdays().isEmpty()) {
                weekdays.addAll(i.weekdays());
            } else {
                everyItemHasWeekdays = false;
                days = Math.max(days, i.daysPerWeek() == null ? 7 : i.daysPerWeek());
            }
        }
        int most = items.stream().mapToInt(i -> i.timesPerDay() == null ? 1 : i.timesPerDay()).max().orElse(1);
        return everyItemHasWeekdays ? new WeekPlan(weekdays.size(), Set.copyOf(weekdays), most, start)
                : new WeekPlan(Math.max(days, weekdays.size()), Set.of(), most, start);
    }

    /** Exercise days asked for in the week from {@code monday}: none before the start, fewer in its first week. */
    public int target(LocalDate monday) {
        int open = 0;
        int asked = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            if (start == null || !date.isBefore(start)) {
                open++;
                if (weekdays.contains(date.getDayOfWeek())) {
                    asked++;
                }
            }
        }
        return weekdays.isEmpty() ? Math.min(daysPerWeek, open) : asked;
    }

    /** "3 November": the day the program started. */
    public String startInWords() {
        return start == null ? "" : start.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
    }

    /** "Your program asks for exercise on 5 days a week, some exercises twice a day." */
    public String inWords() {
        if (daysPerWeek == 0) {
            return "Your program has no weekly target yet.";
        }
        String days = !weekdays.isEmpty() ? "on " + weekdayNames()
                : daysPerWeek == 7 ? "every day" : "on " + daysPerWeek + (daysPerWeek == 1 ? " day a week" : " days a week");
        String times = switch (mostTimesADay) {
            case 0, 1 -> "";
            case 2 -> ", some exercises twice a day";
            default -> ", some exercises " + mostTimesADay + " times a day";
        };
        return "Your program asks for exercise " + days + times + ".";
    }

    private String weekdayNames() {
        List<String> names = weekdays.stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
