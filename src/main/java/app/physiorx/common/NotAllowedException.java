package app.physiorx.common;

import java.util.List;

/** The caller knows the record but may not do this to it (read-only starter content, an unusable account). */
public non-sealed class NotAllowedException extends DomainException {
    public NotAllowedException(String message) {
        super(message, List.of());
    }
}
