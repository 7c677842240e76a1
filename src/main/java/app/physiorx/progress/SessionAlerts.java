package app.physiorx.progress;

import app.physiorx.progress.PainRules.Flag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What session logging and the patient's pages need from the alerts: raise the flags a session trips, in the
 * transaction that stores it, tell which flags a stored session raised (to answer a retry the same way), and
 * the standing red-flag notice. The alert feature implements it; sessions depend only on this, so alerts can
 * build on sessions and not back.
 */
public interface SessionAlerts {

    /** Whom and what a raise is about. {@code sessionId} is null for the daily inactivity check. */
    record Subject(long clinicId, long patientId, Long programId, Long sessionId, String actor, String actorName) {
    }

    /**
     * A red flag on the patient's unresolved alert: the symptoms they reported, the session's day and when it was
     * logged, whether a clinician has acknowledged it yet, and whom to call. Said in the page's language by
     * {@link RedFlagWords}.
     */
    record RedFlagNotice(List<app.physiorx.program.Symptom> reported, LocalDate sessionDate, OffsetDateTime reportedAt,
                         boolean acknowledged, String clinicName, String clinicPhone) {
        /** The phone as a tel: link (digits and a leading +), or null without a phone. */
        public String phoneLink() {
            return telLink(clinicPhone);
        }

        /** The session's day, or the day it was reported; null when neither is known. */
        public LocalDate day() {
            return sessionDate != null ? sessionDate : reportedAt == null ? null : reportedAt.toLocalDate();
        }
    }

    /** A phone number as a tel: link: its digits, with a leading + kept; null when there is no number. */
    static String telLink(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : "tel:" + (phone.strip().startsWith("+") ? "+" : "") + digits;
    }

    /** Opens the patient's one unresolved alert with this flag, or adds the flag to it; runs in the caller's transaction. */
    long raise(Subject subject, Flag flag);

    /** The flags a stored session raised. */
    List<Flag> flagsOfSession(long sessionId);

    /** The red flag of the patient's unresolved alert, if any: shown on their pages until the alert is resolved. */
    Optional<RedFlagNotice> redFlagNotice(long patientId);
}
