package app.physiorx.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the outcome-measure endpoints and pages exchange. Entities never leave the feature. */
public final class OutcomeApi {
    private OutcomeApi() {
    }

    /** An instrument version as listed for staff: built-in (clinic-independent) or the clinic's own import. */
    public record InstrumentView(long id, String code, int version, String title, String credit, boolean builtIn,
                                 List<Instrument.Item> items, Instrument.Scoring scoring, boolean namedActivities) {
    }

    /** A measure to add to a program. {@code everyWeeks} null: no repeat. */
    public record NewMeasure(Long programId, Long instrumentId, Boolean atStart, Integer everyWeeks, Boolean atDischarge,
                             LocalDate dischargeOn) {
    }

    public record Schedule(boolean atStart, Integer everyWeeks, boolean atDischarge, LocalDate dischargeOn) {
    }

    /** One scored response. */
    public record ResponseView(long id, LocalDate dueOn, LocalDate answeredOn, BigDecimal score, int answeredItems,
                               Map<String, Integer> answers, OffsetDateTime answeredAt) {
    }

    /**
     * A measure on a program with its schedule, what is due, and its scores: the first, the latest, the change and
     * whether it matters (the verdict against the instrument's MCID).
     */
    public record MeasureView(long id, long programId, long patientId, InstrumentView instrument, LocalDate startsOn,
                              Schedule schedule, LocalDate nextDue, boolean overdue, List<LocalDate> dueDates,
                              Map<String, String> activities, List<ResponseView> responses, BigDecimal first,
                              BigDecimal latest, BigDecimal change, Scoring.Verdict verdict, String verdictInWords) {
    }

    /** A patient's answers. {@code activities}: the PSFS kind's named activities, at the first response only. */
    public record ResponseInput(UUID clientId, Map<String, Integer> answers, Map<String, String> activities) {
    }

    /** A stored (or, for a retried client id, the earlier) response, with the measure as it now stands. */
    public record ResponseResult(ResponseView response, MeasureView measure, String progressInWords) {
    }
}
