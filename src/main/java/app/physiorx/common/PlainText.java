package app.physiorx.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Text that must not carry markup: HTML tags, comments, or control characters are refused.
 * (Pages escape everything anyway; this keeps stored text clean for the PDF and exports.)
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {
    String message() default "must be plain text without HTML tags or control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {
        private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !MARKUP.matcher(value).find();
        }
    }
}
