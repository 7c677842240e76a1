package app.physiorx.web;

import app.physiorx.account.Role;
import app.physiorx.common.Words;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text Java gives the library's, template editor's and audit pages, in the page's language (the template's locale):
 * English exactly as Java wrote it; in Spanish the form errors ({@link FormErrors}, error.PlainWords: a fixed set of
 * sentences) are said again by their pattern and field, and a refused search or filter gets one Spanish sentence.
 */
@TemplateExtension
public final class LibraryLanguage {
    private static final Pattern LINE = Pattern.compile("^line (\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern FILL = Pattern.compile("^Please fill in the .*\\.$");
    private static final Pattern TOO_LONG = Pattern.compile("^The .* can be at most (\\d+) characters long\\.$");
    private static final Pattern LENGTH = Pattern.compile("^The .* needs (\\d+) to (\\d+) characters\\.$");
    private static final Pattern AT_MOST = Pattern.compile("^Choose at most (\\d+) for the .*\\.$");
    private static final Pattern MIN = Pattern.compile("^The .* can be no lower than (-?\\d+)\\.$");
    private static final Pattern MAX = Pattern.compile("^The .* can be no higher than (-?\\d+)\\.$");
    /** The fields of the exercise and template forms, by the last part of their name. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "el nombre"), Map.entry("subtitle", "la descripción en una línea"), Map.entry("group", "el grupo"),
            Map.entry("movement", "el tipo de movimiento"), Map.entry("difficulty", "la dificultad"),
            Map.entry("bodyRegions", "las regiones del cuerpo"), Map.entry("position", "la posición"),
            Map.entry("positionDetail", "la posición en detalle"), Map.entry("equipment", "el material"),
            Map.entry("dosage", "la dosificación"), Map.entry("setsMin", "las series desde"), Map.entry("setsMax", "las series hasta"),
            Map.entry("repsMin", "las repeticiones desde"), Map.entry("repsMax", "las repeticiones hasta"),
            Map.entry("repsMode", "cómo se cuentan las repeticiones"), Map.entry("holdMinSeconds", "mantener desde"),
            Map.entry("holdMaxSeconds", "mantener hasta"), Map.entry("durationMinSeconds", "la duración desde"),
            Map.entry("durationMaxSeconds", "la duración hasta"), Map.entry("timesPerDayMin", "las veces al día desde"),
            Map.entry("timesPerDayMax", "las veces al día hasta"), Map.entry("note", "la nota"), Map.entry("steps", "los pasos"),
            Map.entry("cues", "las indicaciones clave"), Map.entry("precautions", "las precauciones"),
            Map.entry("variations", "las variantes"), Map.entry("tags", "las etiquetas"), Map.entry("progressionOf", "la progresión"),
            Map.entry("relations", "la progresión"), Map.entry("version", "la versión"), Map.entry("description", "la descripción"),
            Map.entry("items", "los ejercicios"), Map.entry("exerciseId", "el ejercicio"), Map.entry("stage", "la fase"),
            Map.entry("sets", "las series"), Map.entry("reps", "las repeticiones"), Map.entry("hold", "el tiempo que se mantiene"),
            Map.entry("duration", "la duración"), Map.entry("timesPerDay", "las veces al día"),
            Map.entry("daysPerWeek", "los días a la semana"), Map.entry("side", "el lado"), Map.entry("order", "el orden"));

    private LibraryLanguage() {
    }

    static boolean spanish(Object locale) {
        return LocalWords.spanish(locale);
    }

    private static LibraryMsg es() {
        return MessageBundles.get(LibraryMsg.class, Localized.Literal.of("es"));
    }

    /** {@code {#field ... errors=errors.inPageLanguage /}}: a form's errors by field, each in the page's language. */
    static Map<String, String> inPageLanguage(Map<String, String> errors, @TemplateAttribute("locale") Object locale) {
        if (!spanish(locale) || errors == null || errors.isEmpty()) {
            return errors;
        }
        Map<String, String> said = new LinkedHashMap<>();
        errors.forEach((field, message) -> said.put(field, inSpanish(field, message)));
        return said;
    }

    /** {@code {errors.shownError('form')}}: one error of a form in the page's language. */
    static String shownError(Map<String, String> errors, String field, @TemplateAttribute("locale") Object locale) {
        String english = errors.get(field);
        return english == null || !spanish(locale) ? english : inSpanish(field, english);
    }

    /** One form error in Spanish: the sentence PlainWords or FormErrors wrote, said again; any other, "Check the field". */
    static String inSpanish(String field, String english) {
        LibraryMsg m = es();
        if (field.equals("form")) {
            return m.err_form();
        }
        Matcher line = LINE.matcher(english == null ? "" : english);
        if (line.matches()) {
            return m.err_line(line.group(1)) + " " + inSpanish(field, line.group(2));
        }
        String name = fieldName(field);
        String text = english == null ? "" : english.strip();
        Matcher g;
        if (FILL.matcher(text).matches()) {
            return m.err_fillIn(name);
        } else if ((g = TOO_LONG.matcher(text)).matches()) {
            return capital(m.err_tooLong(name, g.group(1)));
        } else if ((g = LENGTH.matcher(text)).matches()) {
            return capital(m.err_length(name, g.group(1), g.group(2)));
        } else if ((g = AT_MOST.matcher(text)).matches()) {
            return m.err_atMost(name, g.group(1));
        } else if ((g = MIN.matcher(text)).matches()) {
            return capital(m.err_min(name, g.group(1)));
        } else if ((g = MAX.matcher(text)).matches()) {
            return capital(m.err_max(name, g.group(1)));
        } else if (text.contains("as a whole number")) {
            return m.err_number(name);
        } else if (text.contains("as a date")) {
            return m.err_date(name);
        } else if (text.contains("difficulty from 1")) {
            return m.err_difficulty();
        } else if (text.toLowerCase(Locale.ROOT).contains("choose both sides")) {
            return m.err_side();
        } else if (text.toLowerCase(Locale.ROOT).contains("choose one")) {
            return m.err_choose();
        }
        return m.err_check(name);
    }

    /** "dosage.setsMin" is "las series desde", "items.2.reps" "las repeticiones"; an unknown field "este campo". */
    static String fieldName(String path) {
        String[] parts = path.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].chars().allMatch(Character::isDigit)) {
                return FIELDS.getOrDefault(parts[i], "este campo");
            }
        }
        return "este campo";
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code {error.orSpanish('audit_badFilter')}}: Java's message as it is in English, the given message in Spanish. */
    static String orSpanish(String english, String key, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? Words.of("library", "es").t(key) : english;
    }

    /** {@code {e.actorRole.roleShown}}: a role claim in words ({@link RoleLabels#roleWords}), in the page's language. */
    static String roleShown(String claim, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? spanishRole(claim) : RoleLabels.roleWords(claim);
    }

    /** {@code {t.actorRole.claimShown}}: the claim as stored in English ("clinic-admin"), the role in words in Spanish. */
    static String claimShown(String claim, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? spanishRole(claim) : claim;
    }

    private static String spanishRole(String claim) {
        Words portal = Words.of("portal", "es");
        for (Role role : Role.values()) {
            if (role.claim.equals(claim)) {
                return portal.t(switch (role) {
                    case CLINIC_ADMIN -> "role_clinicAdmin";
                    case THERAPIST -> "role_therapist";
                    case PATIENT -> "role_patient";
                });
            }
        }
        return claim;
    }

    /** {@code {e.outcome.outcomeShown}}: "allowed", "not found"; "permitido", "no encontrado". */
    static String outcomeShown(String outcome, @TemplateAttribute("locale") Object locale) {
        String english = outcome.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (!spanish(locale)) {
            return english;
        }
        String key = switch (outcome) {
            case "ALLOWED" -> "outcome_allowed";
            case "DENIED" -> "outcome_denied";
            case "NOT_FOUND" -> "outcome_notFound";
            case "INVALID" -> "outcome_invalid";
            case "ERROR" -> "outcome_error";
            default -> null;
        };
        return key == null ? english : Words.of("library", "es").t(key);
    }
}
