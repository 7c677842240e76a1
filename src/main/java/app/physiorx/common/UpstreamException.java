package app.physiorx.common;

import java.util.List;

/** A service PhysioRx depends on (the sign-in service) refused or could not be reached; try again later. */
public final class UpstreamException extends DomainException {
    public UpstreamException(String message) {
        super(message, List.of());
    }
}
