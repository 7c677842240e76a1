package app.physiorx.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link PlainWords} in Spanish, for the forms of a portal that speaks Spanish: the field's name from
 * {@code messages/fields_es.properties} in «», so that no sentence depends on the noun's gender. The services'
 * messages that the portal's forms show (a record number already taken, a stale page...) have their Spanish here
 * ({@link #known}); any other rule's English wording (a pattern's "may contain only digits...") becomes "Revise el
 * campo «teléfono».", and any other whole sentence is kept as it is.
 */
public final class SpanishPlainWords {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("Someone else saved this patient since you opened the record. Reload it and apply your change again.",
                    "Otra persona ha guardado este paciente desde que usted abrió la ficha. Vuelva a cargarla y repita su cambio."),
            Map.entry("This patient is discharged. Make them active again before issuing access.",
                    "Este paciente está dado de alta. Vuelva a activarlo antes de darle acceso."),
            Map.entry("another patient of your clinic has this record number",
                    "Otro paciente de su clínica tiene este número de historia clínica."),
            Map.entry("choose the therapist in charge of this patient", "Elija el fisioterapeuta responsable de este paciente."),
            Map.entry("no therapist of your clinic has this id", "Elija un fisioterapeuta de su clínica."),
            Map.entry("the review date cannot be before the start date",
                    "La fecha de revisión no puede ser anterior a la fecha de inicio."),
            Map.entry("a program can hold at most 100 exercises", "Un programa puede tener como máximo 100 ejercicios."),
            Map.entry("no such exercise in your library", "Este ejercicio no está en su biblioteca."),
            Map.entry("This program is archived. Start a new program instead.", "Este programa está archivado. Cree un programa nuevo."),
            Map.entry("Someone else saved this program since you opened it. Reload it and apply your change again.",
                    "Otra persona ha guardado este programa desde que usted lo abrió. Vuelva a cargarlo y repita su cambio."),
            Map.entry("give repetitions, a hold time or a duration", "Indique repeticiones, un tiempo de mantenimiento o una duración."),
            Map.entry("add at least one exercise before publishing", "Añada al menos un ejercicio antes de publicar."),
            Map.entry("This alert is already resolved.", "Esta alerta ya está resuelta."),
            Map.entry("Someone else changed this alert meanwhile. Reload it and try again.",
                    "Otra persona ha modificado esta alerta mientras tanto. Vuelva a cargarla e inténtelo de nuevo."),
            Map.entry("There is no such measure in this clinic.", "Esta medida no existe en esta clínica."),
            Map.entry("This measure is already on the program.", "Esta medida ya está en el programa."));
    /** Messages with a value in them: the English pattern, then the Spanish with $1 for the value. */
    private static final List<String[]> KNOWN_PATTERNS = List.of(
            new String[] {"Nothing changed since version (\\d+), so there is nothing to publish\\. Change the draft first\\.",
                "Nada ha cambiado desde la versión $1, así que no hay nada que publicar. Modifique antes el borrador."},
            new String[] {"no exercise is in stage (\\d+) or earlier: lower the active stage or move an exercise to it",
                "Ningún ejercicio está en la fase $1 o en una anterior: baje la fase activa o pase un ejercicio a esa fase."},
            new String[] {"The discharge date cannot be before the program starts \\((.*)\\)\\.",
                "La fecha del alta no puede ser anterior al inicio del programa ($1)."},
            new String[] {"\"(.*)\" is archived; choose an active exercise", "«$1» está archivado; elija un ejercicio activo."});

    private SpanishPlainWords() {
    }

    /** The Spanish of a service's message the portal's forms show, or null when there is none here. */
    public static String known(String english) {
        if (english == null) {
            return null;
        }
        String exact = KNOWN.get(english);
        if (exact != null) {
            return exact;
        }
        for (String[] p : KNOWN_PATTERNS) {
            Matcher m = Pattern.compile(p[0]).matcher(english);
            if (m.matches()) {
                return m.replaceFirst(p[1]);
            }
        }
        return null;
    }

    /** A service's whole sentence in Spanish when it is known here, else as it is. */
    public static String sentence(String english) {
        String spanish = known(english);
        return spanish == null ? english : spanish;
    }

    /** The field's Spanish name ("firstName": "nombre"); the English words when the file has none. */
    public static String field(String path) {
        String english = PlainWords.field(path);
        String key = path == null ? "" : path.replaceAll("^.*\\.", "");
        try {
            return app.physiorx.common.Words.of("fields", "es").raw(key);
        } catch (MissingResourceException e) {
            return english;
        }
    }

    public static String of(String path, ConstraintViolation<?> v) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        String f = "«" + field(path) + "»";
        String template = v.getMessageTemplate();
        boolean ownMessage = template != null && !template.startsWith("{jakarta.validation") && !template.startsWith("{org.hibernate");
        if (ownMessage) {
            return fragment(path, v.getMessage());
        }
        return switch (a) {
            case NotBlank n -> "Rellene el campo " + f + ".";
            case NotEmpty n -> "Rellene el campo " + f + ".";
            case NotNull n -> "Rellene el campo " + f + ".";
            case Size s when v.getInvalidValue() instanceof Collection<?> -> "Elija como máximo " + s.max() + " en el campo " + f + ".";
            case Size s when s.min() > 0 -> "El campo " + f + " necesita entre " + s.min() + " y " + s.max() + " caracteres.";
            case Size s -> "El campo " + f + " admite como máximo " + s.max() + " caracteres.";
            case Min m -> "El campo " + f + " no puede ser inferior a " + m.value() + ".";
            case Max m -> "El campo " + f + " no puede ser superior a " + m.value() + ".";
            case Email e -> "Escriba en el campo " + f + " una dirección como nombre@example.org.";
            default -> fragment(path, v.getMessage());
        };
    }

    /** A rule's English end of a sentence as a request to check the field; a whole sentence unchanged. */
    public static String fragment(String path, String message) {
        String spanish = known(message);
        if (spanish != null) {
            return spanish;
        }
        if (message == null || message.isBlank() || !Character.isLowerCase(message.charAt(0))) {
            return message;
        }
        return "Revise el campo «" + field(path) + "».";
    }

    public static String number(String field) {
        return "Escriba en el campo «" + field(field) + "» un número entero, como 10.";
    }

    public static String date(String field) {
        return "Escriba en el campo «" + field(field) + "» una fecha, como 2026-03-31.";
    }
}
