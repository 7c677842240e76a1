package app.physiorx.common;

import java.util.List;

/** The record does not exist, or the caller may not know that it does: both read the same. */
public final class NotFoundException extends DomainException {
    public NotFoundException(String what) {
        super(what + " was not found.", List.of());
    }
}
