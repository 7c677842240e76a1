package app.physiorx.error;

import java.util.List;

/**
 * A client error the app raises on purpose: its message is safe to show. Services throw it
 * for rule violations; the error handler turns it into problem+json or an error page.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String message, List<Problem.FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, what + " was not found.", List.of());
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String message) {
        return new ProblemException(409, message, List.of());
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
