package app.physiorx.web;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Days, dates, times and lists in the page's language (the template's {@code locale} attribute, see {@link Msg}):
 * {@code {d.dayName}}, {@code {days.dayWords}}, {@code {date.longDate}}.
 */
@TemplateExtension
public final class LocalWords {
    private LocalWords() {
    }

    /** The page's locale: the template attribute, English when none is set. */
    public static Locale of(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
    }

    static boolean spanish(Object locale) {
        return of(locale).getLanguage().equals("es");
    }

    /** "Monday" / "lunes". */
    public static String dayName(DayOfWeek day, @TemplateAttribute("locale") Object locale) {
        return day.getDisplayName(TextStyle.FULL, of(locale));
    }

    /** "Mon" / "lun": a calendar's column. */
    public static String dayShort(DayOfWeek day, @TemplateAttribute("locale") Object locale) {
        return day.getDisplayName(TextStyle.SHORT_STANDALONE, of(locale));
    }

    /** "every day", "Monday and Thursday" / "todos los días", "lunes y jueves". */
    public static String dayWords(List<DayOfWeek> days, @TemplateAttribute("locale") Object locale) {
        if (days.size() == 7) {
            return spanish(locale) ? "todos los días" : "every day";
        }
        return list(days.stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, of(locale))).toList(), locale);
    }

    /** "08:00 and 18:30" / "08:00 y 18:30" (24-hour clock in both). */
    public static String timeWords(List<LocalTime> times, @TemplateAttribute("locale") Object locale) {
        return list(times.stream().map(t -> t.format(DateTimeFormatter.ofPattern("HH:mm"))).toList(), locale);
    }

    /** "3 December 2026" / "3 de diciembre de 2026". */
    public static String longDate(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(of(locale)));
    }

    static String list(List<String> words, Object locale) {
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + (spanish(locale) ? " y " : " and ") + words.getLast();
    }
}
