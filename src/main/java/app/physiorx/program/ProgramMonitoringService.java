package app.physiorx.program;

import app.physiorx.account.Account;
import app.physiorx.program.ProgramApi.ProgramDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A program's alert settings (pain threshold, rise over baseline, red flags, days without a session). They are
 * the clinician's monitoring, not the patient's instructions: a change takes effect at once, never marks the
 * draft as changed, and is recorded with who, when and from -> to. Callers have checked the program is editable.
 */
@ApplicationScoped
public class ProgramMonitoringService {
    static final String THRESHOLD = "Pain threshold for an alert";
    static final String RISE = "Pain rise over baseline for an alert";
    static final String RED_FLAGS = "Red-flag symptoms";
    static final String INACTIVE = "Days without a session before an alert";

    private final EntityManager em;

    public ProgramMonitoringService(EntityManager em) {
        this.em = em;
    }

    /** Applies the settings given in {@code input} (empty ones stay as they are) and records each change. */
    void apply(Account caller, Program program, ProgramDetails input) {
        int threshold = Objects.requireNonNullElse(input.painThreshold(), program.painThreshold);
        int rise = Objects.requireNonNullElse(input.painRise(), program.painRise);
        int inactive = Objects.requireNonNullElse(input.inactiveDays(), program.inactiveDays);
        List<String> flags = input.redFlags() == null ? program.redFlags
                : input.redFlags().stream().map(Enum::name).distinct().toList();
        record(caller, program, THRESHOLD, program.painThreshold + "/10", threshold + "/10", program.painThreshold != threshold);
        record(caller, program, RISE, points(program.painRise), points(rise), program.painRise != rise);
        record(caller, program, INACTIVE, days(program.inactiveDays), days(inactive), program.inactiveDays != inactive);
        record(caller, program, RED_FLAGS, labels(program.redFlags), labels(flags),
                !new java.util.HashSet<>(program.redFlags).equals(new java.util.HashSet<>(flags)));
        program.painThreshold = threshold;
        program.painRise = rise;
        program.inactiveDays = inactive;
        program.redFlags = new ArrayList<>(flags);
    }

    private void record(Account caller, Program program, String field, String from, String to, boolean changed) {
        if (!changed) {
            return;
        }
        em.createNativeQuery("""
                insert into program_monitoring_change (program_id, field, from_value, to_value, changed_by)
                values (:p, :field, :from, :to, :by)""")
                .setParameter("p", program.id).setParameter("field", field).setParameter("from", from)
                .setParameter("to", to).setParameter("by", caller.displayName()).executeUpdate();
    }

    private static String points(int n) {
        return n == 1 ? "1 point" : n + " points";
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    private static String labels(List<String> symptoms) {
        return symptoms.isEmpty() ? "none" : symptoms.stream().map(s -> Symptom.valueOf(s).label)
                .collect(Collectors.joining(", "));
    }
}
