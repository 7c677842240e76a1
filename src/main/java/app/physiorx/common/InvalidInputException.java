package app.physiorx.common;

import java.util.List;

/** Input that breaks a rule: each refused field with its message. */
public final class InvalidInputException extends DomainException {
    public InvalidInputException(String message, List<InvalidField> fields) {
        super(message, fields);
    }

    /** One refused field; the message doubles as the summary. */
    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(message, List.of(new InvalidField(field, message)));
    }

    /** Several refused fields: the summary names the one, or says there are several. */
    public static InvalidInputException fields(List<InvalidField> fields) {
        String message = fields.size() == 1 ? fields.getFirst().field() + ": " + fields.getFirst().message()
                : "Some fields are not valid.";
        return new InvalidInputException(message, fields);
    }
}
