package app.physiorx.alert;

import app.physiorx.program.Symptom;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alert reason's detail in the page's language: {@code {r.detail.detailShown}}. The detail is the sentence
 * progress.PainRules (or the outcome check) wrote when the reason was raised, stored in English with its values;
 * in Spanish it is said again from those values, rule by rule. A sentence of another form stays as it was stored.
 */
@TemplateExtension
public final class AlertDetailWords {
    private static final Pattern RED_FLAG = Pattern.compile("reported (.+), (a red-flag symptom|red-flag symptoms) on this program");
    private static final Pattern THRESHOLD = Pattern.compile("pain(?: (.+?))? (\\d+)/10 is at or above the threshold of (\\d+)");
    private static final Pattern RISE = Pattern.compile("pain(?: (.+?))? (\\d+)/10 is (\\d+) points? over the baseline of (\\d+), "
            + "(the median pain before of the first three sessions|the pain before of the first session)");
    private static final Pattern NO_SESSIONS = Pattern.compile("no session logged for (\\d+) days \\(the program flags (\\d+) days without one\\)");
    private static final Pattern WORSE = Pattern.compile("(.+) went from (\\S+) to (\\S+), worse by more than the change that matters \\((\\S+)\\)");

    private AlertDetailWords() {
    }

    public static String detailShown(String detail, @TemplateAttribute("locale") Object locale) {
        return in(detail, app.physiorx.web.LocalWords.of(locale).getLanguage());
    }

    /** The detail in {@code language} ("en": as stored; "es": said again from its values). */
    public static String in(String detail, String language) {
        if (detail == null || !language.startsWith("es")) {
            return detail;
        }
        if (detail.contains("; ")) { // a session's reasons, joined (AlertQueries.trips)
            return String.join("; ", Arrays.stream(detail.split("; ")).map(d -> in(d, language)).toList());
        }
        Matcher m;
        if ((m = RED_FLAG.matcher(detail)).matches()) {
            return "indicó " + symptoms(m.group(1)) + (m.group(2).startsWith("a ") ? ", un síntoma de alarma" : ", síntomas de alarma")
                    + " de este programa";
        }
        if ((m = THRESHOLD.matcher(detail)).matches()) {
            return pain(m.group(1)) + " " + m.group(2) + "/10, igual o por encima del umbral de " + m.group(3);
        }
        if ((m = RISE.matcher(detail)).matches()) {
            int over = Integer.parseInt(m.group(3));
            return pain(m.group(1)) + " " + m.group(2) + "/10, " + over + (over == 1 ? " punto" : " puntos")
                    + " por encima del valor inicial de " + m.group(4) + ", " + (m.group(5).contains("median")
                    ? "la mediana del dolor antes de las tres primeras sesiones" : "el dolor antes de la primera sesión");
        }
        if ((m = NO_SESSIONS.matcher(detail)).matches()) {
            return "ninguna sesión registrada en " + m.group(1) + " días (el programa avisa a los " + m.group(2) + " días sin sesión)";
        }
        if ((m = WORSE.matcher(detail)).matches()) {
            return m.group(1) + " pasó de " + m.group(2).replace('.', ',') + " a " + m.group(3).replace('.', ',')
                    + ", peor en más del cambio clínicamente relevante (" + m.group(4).replace('.', ',') + ")";
        }
        return detail;
    }

    /** "before and after", "during an exercise": which pain, in Spanish. */
    private static String pain(String which) {
        if (which == null) {
            return "dolor";
        }
        return "dolor " + join(Arrays.stream(which.split(", | and ")).map(w -> switch (w) {
            case "before" -> "antes";
            case "after" -> "después";
            case "during an exercise" -> "durante un ejercicio";
            default -> w;
        }).toList());
    }

    /** "numbness and tingling" (the labels in lower case) in Spanish: "entumecimiento y hormigueo". */
    private static String symptoms(String english) {
        Locale es = Locale.forLanguageTag("es");
        return join(Arrays.stream(english.split(", | and ")).map(label -> Arrays.stream(Symptom.values())
                .filter(s -> s.label.toLowerCase(Locale.ROOT).equals(label)).findFirst()
                .map(s -> s.inWords("es").toLowerCase(es)).orElse(label)).toList());
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " y " + parts.getLast();
    }
}
