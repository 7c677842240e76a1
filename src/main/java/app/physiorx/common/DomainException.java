package app.physiorx.common;

import java.util.List;

/**
 * A rule of the domain said no. Its message is written for the person who asked and is safe to show;
 * the one error handler decides what it becomes on the wire (problem+json or an error page), so
 * services never speak HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, ConflictException, InvalidInputException, NotAllowedException, UpstreamException {
    private final List<InvalidField> fields;

    protected DomainException(String message, List<InvalidField> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    /** The fields the message is about (empty when it is about the request as a whole). */
    public List<InvalidField> fields() {
        return fields;
    }

    /** One field that was refused: its dotted path in the input (or a parameter name) and why. */
    public record InvalidField(String field, String message) {
    }
}
