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
import java.util.MissingResourceException;

/**
 * {@link PlainWords} in Spanish, for the forms of a portal that speaks Spanish: the field's name from
 * {@code messages/fields_es.properties} in «», so that no sentence depends on the noun's gender. A rule's own
 * English wording (a pattern's "may contain only digits...") becomes "Revise el campo «teléfono»."; a message that
 * is already a whole sentence (a service's) is kept as it is.
 */
public final class SpanishPlainWords {
    private SpanishPlainWords() {
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
