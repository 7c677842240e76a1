package app.physiorx.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One audit event as written: never any health content, only who, what, where from and the outcome. */
public record AuditEntry(Instant at, String subject, String actorName, String actorRole, String clinicKey, String action,
                         String resourceType, String resourceId, Long patientId, Outcome outcome, String request,
                         String clientAddress, String userAgent) {

    public enum Outcome { ALLOWED, DENIED, NOT_FOUND, INVALID, ERROR }

    public AuditEntry {
        at = at.truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps, so the hash can be recomputed
        actorName = cut(actorName, 255);
        action = cut(action, 40);
        request = cut(request, 300);
        userAgent = cut(userAgent, 300);
        clientAddress = cut(clientAddress, 64);
        resourceId = cut(resourceId, 64);
    }

    public static Outcome outcomeOf(int status) {
        if (status < 400) {
            return Outcome.ALLOWED;
        }
        return switch (status) {
            case 401, 403 -> Outcome.DENIED;
            case 404 -> Outcome.NOT_FOUND;
            default -> status >= 500 ? Outcome.ERROR : Outcome.INVALID;
        };
    }

    /** Shortened to the column, without NUL (PostgreSQL text cannot hold it: one such header must not sink a batch). */
    private static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        String clean = s.indexOf('\0') < 0 ? s : s.replace("\0", "");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
