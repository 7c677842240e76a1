package app.physiorx.progress;

import app.physiorx.progress.PainRules.Flag;
import java.util.List;

/**
 * What session logging needs from the alerts: raise the flags a session trips, in the transaction that
 * stores it, and tell which flags a stored session raised (to answer a retry the same way). The alert
 * feature implements it; sessions depend only on this, so alerts can build on sessions and not back.
 */
public interface SessionAlerts {

    /** Whom and what a raise is about. {@code sessionId} is null for the daily inactivity check. */
    record Subject(long clinicId, long patientId, Long programId, Long sessionId, String actor, String actorName) {
    }

    /** Raises the flag or adds it to the patient's unresolved alert of the same rule; runs in the caller's transaction. */
    long raise(Subject subject, Flag flag);

    /** The flags a stored session raised. */
    List<Flag> flagsOfSession(long sessionId);
}
