package app.physiorx.alert;

import app.physiorx.common.InvalidInputException;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.PainRules.Severity;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the alert API takes and answers. */
public final class AlertApi {
    private AlertApi() {
    }

    /** A filter value: null for empty or "ALL"; a 400 naming the field for anything unknown. */
    public static <E extends Enum<E>> E filter(Class<E> type, String field, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("ALL")) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw app.physiorx.common.InvalidInputException.field(field, "choose one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + " or ALL");
        }
    }

    /**
     * A patient's alert. {@code rule}, {@code ruleLabel}, {@code severity} and {@code detail} are those of its most
     * severe reason (a red flag leads); {@code reasons} lists every reason, most severe first, then newest;
     * {@code occurrences} counts them.
     */
    public record AlertView(long id, long patientId, String patientName, Long programId, Rule rule, String ruleLabel,
                            Severity severity, AlertStatus status, String detail, int occurrences,
                            OffsetDateTime raisedAt, OffsetDateTime lastRaisedAt, Long lastSessionId,
                            String acknowledgedBy, OffsetDateTime acknowledgedAt, String resolvedBy,
                            OffsetDateTime resolvedAt, int version, List<Reason> reasons) {
        /** Only an open alert can be acknowledged. Not a getter name, so not part of the JSON. */
        public boolean canAcknowledge() {
            return status == AlertStatus.OPEN;
        }

        /** An open or acknowledged alert can be resolved. Not a getter name, so not part of the JSON. */
        public boolean canResolve() {
            return status != AlertStatus.RESOLVED;
        }

        /** The severity in words ("High"). Not a getter name, so not part of the JSON. */
        public String severityLabel() {
            return AlertService.label(severity);
        }

        /** The status in words. Not a getter name, so not part of the JSON. */
        public String statusLabel() {
            return AlertService.label(status);
        }

        /** The first reasons for a short list (the most severe lead). Not a getter name, so not part of the JSON. */
        public List<Reason> topReasons() {
            return reasons == null ? List.of() : reasons.subList(0, Math.min(3, reasons.size()));
        }

        /** How many reasons {@link #topReasons} leaves out. Not a getter name, so not part of the JSON. */
        public int moreReasons() {
            return reasons == null ? 0 : Math.max(0, reasons.size() - 3);
        }
    }

    /** One reason an alert was raised: the rule, the values that tripped it, the session (none for "no sessions"). */
    public record Reason(Rule rule, String ruleLabel, Severity severity, String detail, Long sessionId, LocalDate sessionDate,
                         OffsetDateTime raisedAt) {
    }

    /** A session that tripped the alert, with the values it tripped it with. */
    public record Trip(long sessionId, LocalDate date, int painBefore, int painAfter, Integer worstPainDuring,
                       List<String> symptoms, String comment, String detail, OffsetDateTime loggedAt) {
    }

    /** One entry of the alert's history: who did what, when. */
    public record Event(String action, String actionLabel, String actorName, OffsetDateTime at, String note) {
    }

    public record AlertDetails(AlertView alert, List<Trip> trips, List<Event> history) {
    }

    public record AlertPage(List<AlertView> alerts, int page, int size, long total) {
    }

    /** Open alerts by severity, for the navigation and the dashboard. */
    public record Counts(long high, long medium, long low) {
        public long total() {
            return high + medium + low;
        }
    }

    /** Acknowledge or resolve, with an optional note; {@code version} guards against a stale page. */
    public record Action(@Size(max = 1000) String note, @Min(0) Integer version) {
    }

    /** What a live stream receives when an alert is raised or repeated (no health details beyond the rule). */
    public record Notice(long alertId, long clinicId, long patientId, long therapistId, List<Long> sharedWith,
                         String patientName, Rule rule, Severity severity, String detail, boolean created,
                         long sentAtMillis) {
    }
}
