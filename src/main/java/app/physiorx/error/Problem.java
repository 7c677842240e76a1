package app.physiorx.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names each invalid field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String errorId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: {@code field} is the dotted path in the body or the parameter name. */
    public record FieldError(String field, String pointer, String detail) {
        public FieldError(String field, String detail) {
            this(field, field == null || field.isEmpty() ? null : "#/" + field.replace('.', '/'), detail);
        }
    }
}
