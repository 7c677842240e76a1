package app.physiorx.outcome;

import app.physiorx.account.Account;
import app.physiorx.outcome.OutcomeQueries.Answered;
import app.physiorx.outcome.OutcomeQueries.AssignmentRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a caseload page shows of each patient's questionnaires: how many are due and how many of those are
 * overdue. Two queries for the whole page (the measures and the days they were answered), however many patients
 * it lists.
 */
@ApplicationScoped
public class CaseloadMeasures {
    private final OutcomeQueries queries;
    private final OutcomeService outcomes;

    public CaseloadMeasures(OutcomeQueries queries, OutcomeService outcomes) {
        this.queries = queries;
        this.outcomes = outcomes;
    }

    /** A patient's questionnaires due now (today or earlier, not answered), and how many of them are overdue. */
    public record DueCount(int due, int overdue) {
    }

    /**
     * The due questionnaires of the patients a caseload page lists. {@code patientIds} come from the caller's
     * scoped caseload query (and its audit); the SQL keeps to the caller's clinic as well. Patients with nothing
     * due are left out of the map.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, DueCount> due(Account caller, List<Long> patientIds) {
        if (patientIds.isEmpty() || !caller.isStaff()) {
            return Map.of();
        }
        Map<Long, List<LocalDate>> answered = queries.answeredDays(caller.clinicId(), patientIds).stream()
                .collect(Collectors.groupingBy(Answered::assignmentId, Collectors.mapping(Answered::on, Collectors.toList())));
        LocalDate today = outcomes.today();
        Map<Long, DueCount> out = new HashMap<>();
        for (AssignmentRow a : queries.assignments(caller.clinicId(), patientIds)) {
            MeasureSchedule.nextDue(new MeasureSchedule.Schedule(a.atStart(), a.everyWeeks(), a.atDischarge()), a.startsOn(),
                    a.dischargeOn(), answered.getOrDefault(a.id(), List.of()), today).ifPresent(next -> out.merge(a.patientId(),
                    new DueCount(1, MeasureSchedule.overdue(next, today) ? 1 : 0),
                    (x, y) -> new DueCount(x.due() + y.due(), x.overdue() + y.overdue())));
        }
        return out;
    }
}
