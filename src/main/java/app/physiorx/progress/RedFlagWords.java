package app.physiorx.progress;

import app.physiorx.program.Symptom;
import app.physiorx.progress.SessionAlerts.RedFlagNotice;
import app.physiorx.web.LocalWords;
import app.physiorx.web.Messages;
import app.physiorx.web.Msg;
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
        Msg msg = Messages.in(l.getLanguage());
        List<String> words = notice.reported().stream().map(s -> label(msg, s).toLowerCase(l)).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + (l.getLanguage().equals("es") ? " y " : " and ") + words.getLast();
    }

    private static String label(Msg msg, Symptom s) {
        return switch (s) {
            case NUMBNESS -> msg.symptom_NUMBNESS();
            case TINGLING -> msg.symptom_TINGLING();
            case NEW_WEAKNESS -> msg.symptom_NEW_WEAKNESS();
            case ARM_PAIN -> msg.symptom_ARM_PAIN();
            case NIGHT_PAIN -> msg.symptom_NIGHT_PAIN();
            case DIZZINESS -> msg.symptom_DIZZINESS();
            case BLADDER_BOWEL -> msg.symptom_BLADDER_BOWEL();
            case OTHER -> msg.symptom_OTHER();
        };
    }
}
