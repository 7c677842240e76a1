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
        return startInWords("en");
    }

    public String startInWords(String language) {
        app.physiorx.common.Words w = ProgressCharts.words(language);
        return start == null ? "" : start.format(DateTimeFormatter.ofPattern(w.raw("date.start"), w.locale()));
    }

    /** "Your program asks for exercise on 5 days a week, some exercises twice a day." */
    public String inWords() {
        return inWords("en");
    }

    /** As {@link #inWords()} in a patient's language. */
    public String inWords(String language) {
        app.physiorx.common.Words w = ProgressCharts.words(language);
        if (daysPerWeek == 0) {
            return w.say("plan.none");
        }
        String days = !weekdays.isEmpty() ? w.say("plan.onWeekdays", weekdayNames(w))
                : daysPerWeek == 7 ? w.say("plan.everyDay") : w.say("plan.daysAWeek", daysPerWeek);
        String times = switch (mostTimesADay) {
            case 0, 1 -> "";
            case 2 -> w.say("plan.twice");
            default -> w.say("plan.times", mostTimesADay);
        };
        return w.say("plan.asks", days, times);
    }

    private String weekdayNames(app.physiorx.common.Words w) {
        List<String> names = weekdays.stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, w.locale())).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + w.say("list.last") + names.getLast();
    }
}
