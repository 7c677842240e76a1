package app.physiorx.progress;

import app.physiorx.progress.SessionAlerts.RedFlagNotice;
import app.physiorx.web.LocalWords;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A red-flag notice in the page's language: {@code {notice.dayWords}}, {@code {notice.reportedWords}}. */
@TemplateExtension
public final class RedFlagWords {
    private RedFlagWords() {
    }

    /** "Tuesday 12 May 2026" / "martes 12 de mayo de 2026"; "your last session" / "su última sesión" when unknown. */
    public static String dayWords(RedFlagNotice notice, @TemplateAttribute("locale") Object locale) {
        Locale l = LocalWords.of(locale);
        boolean es = l.getLanguage().equals("es");
        if (notice.day() == null) {
            return es ? "su última sesión" : "your last session";
        }
        return notice.day().format(DateTimeFormatter.ofPattern(es ? "EEEE d 'de' MMMM 'de' yyyy" : "EEEE d MMMM yyyy", l));
    }

    /** The reported symptoms in one phrase, lower case after the first: "numbness and tingling" / "entumecimiento y hormigueo". */
    public static String reportedWords(RedFlagNotice notice, @TemplateAttribute("locale") Object locale) {
        Locale l = LocalWords.of(locale);
        List<String> words = notice.reported().stream().map(s -> s.inWords(l.getLanguage()).toLowerCase(l)).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + (l.getLanguage().equals("es") ? " y " : " and ") + words.getLast();
    }
}
