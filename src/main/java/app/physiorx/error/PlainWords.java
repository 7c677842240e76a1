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
import java.util.Locale;

/**
 * Validation messages as sentences a person reads beside a field ("Please fill in the first name."),
 * instead of the validator's developer wording ("must not be blank"). Used for pages and the API alike.
 */
public final class PlainWords {
    private PlainWords() {
    }

    /** The field in words: "dosage.holdSeconds" is "hold seconds", "ex.12.reps" is "reps". */
    public static String field(String path) {
        if (path == null || path.isBlank()) {
            return "answer";
        }
        String[] parts = path.split("\\.");
        String last = parts[parts.length - 1];
        for (int i = parts.length - 1; i >= 0 && last.chars().allMatch(Character::isDigit); i--) {
            last = parts[i];
        }
        return last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The sentence for one violated constraint of the given field. */
    public static String of(String path, ConstraintViolation<?> v) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        String field = field(path);
        String template = v.getMessageTemplate();
        boolean ownMessage = template != null && !template.startsWith("{jakarta.validation") && !template.startsWith("{org.hibernate");
        if (ownMessage) {
            return fragment(path, v.getMessage());
        }
        return switch (a) {
            case NotBlank n -> "Please fill in the " + field + ".";
            case NotEmpty n -> "Please fill in the " + field + ".";
            case NotNull n -> "Please fill in the " + field + ".";
            case Size s when v.getInvalidValue() instanceof Collection<?> -> "Choose at most " + s.max() + " for the " + field + ".";
            case Size s when s.min() > 0 -> "The " + field + " needs " + s.min() + " to " + s.max() + " characters.";
            case Size s -> "The " + field + " can be at most " + s.max() + " characters long.";
            case Min m -> "The " + field + " can be no lower than " + m.value() + ".";
            case Max m -> "The " + field + " can be no higher than " + m.value() + ".";
            case Email e -> "Enter the " + field + " as an address like name@example.org.";
            default -> fragment(path, v.getMessage());
        };
    }

    /**
     * A rule's message written as the end of a sentence ("is far above the target...", "may contain only
     * digits") made whole with the field's name; a message that is already a sentence stays as it is.
     */
    public static String fragment(String path, String message) {
        if (message == null || message.isBlank() || !Character.isLowerCase(message.charAt(0))) {
            return message;
        }
        String field = field(path);
        String text = message;
        if (plural(field) && text.startsWith("is ")) {
            text = "are " + text.substring(3);
        }
        return sentence("The " + field + " " + text);
    }

    /** "reps done", "hold seconds": a word of the name is a plural ("status" and "address" are not). */
    static boolean plural(String field) {
        for (String word : field.split(" ")) {
            if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
                return true;
            }
        }
        return false;
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
