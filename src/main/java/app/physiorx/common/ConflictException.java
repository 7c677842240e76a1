package app.physiorx.common;

import java.util.List;

/** The request is well formed but clashes with the record's state (archived, changed meanwhile, already done). */
public final class ConflictException extends DomainException {
    public ConflictException(String message) {
        super(message, List.of());
    }

    public ConflictException(String message, List<InvalidField> fields) {
        super(message, fields);
    }

    /** A conflict about one field of the input (such as a client id used for other content). */
    public static ConflictException onField(String message, String field, String fieldMessage) {
        return new ConflictException(message, List.of(new InvalidField(field, fieldMessage)));
    }
}
