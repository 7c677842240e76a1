package app.physiorx.progress;

import app.physiorx.web.LocalWords;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * The week, the calendar and the plan in the page's language, for the patient's pages: {@code {week.weekWords}},
 * {@code {w.weekLabel}}, {@code {d.dayLabel}}, {@code {plan.planWords}}, {@code {plan.startWords}}.
 */
@TemplateExtension
public final class ProgressWords {
    private ProgressWords() {
    }

    private static String language(Object locale) {
        return LocalWords.of(locale).getLanguage();
    }

    public static String weekWords(ProgressCharts.Week week, @TemplateAttribute("locale") Object locale) {
        return week.inWords(language(locale));
    }

    public static String weekLabel(ProgressCharts.Week week, @TemplateAttribute("locale") Object locale) {
        return week.label(language(locale));
    }

    public static String dayLabel(ProgressCharts.Day day, @TemplateAttribute("locale") Object locale) {
        return day.label(language(locale));
    }

    public static String planWords(WeekPlan plan, @TemplateAttribute("locale") Object locale) {
        return plan.inWords(language(locale));
    }

    public static String startWords(WeekPlan plan, @TemplateAttribute("locale") Object locale) {
        return plan.startInWords(language(locale));
    }
}
