package app.physiorx.outcome;

import app.physiorx.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outcome tables, read and written by native SQL (JSONB, ON CONFLICT); every read of a patient's rows names the patient and clinic. */
@ApplicationScoped
public class OutcomeQueries {
    private final EntityManager em;

    public OutcomeQueries(EntityManager em) {
        this.em = em;
    }

    record InstrumentRow(long id, Long clinicId, String code, int version, String definition) {
    }

    record AssignmentRow(long id, long clinicId, long patientId, long programId, long instrumentId, LocalDate startsOn,
                         boolean atStart, Integer everyWeeks, boolean atDischarge, LocalDate dischargeOn) {
    }

    record ResponseRow(long id, long assignmentId, UUID clientId, String hash, LocalDate dueOn, LocalDate answeredOn,
                       String answers, String activities, BigDecimal score, int answeredItems, OffsetDateTime answeredAt) {
    }

    private static InstrumentRow instrument(Row r) {
        return new InstrumentRow(r.getLong(0), r.getLongOrNull(1), r.getString(2), r.getInt(3), r.getString(4));
    }

    /** The built-ins and the clinic's own instruments, newest version of each code first. */
    List<InstrumentRow> instruments(long clinicId) {
        return Row.map(em.createNativeQuery("""
                select id, clinic_id, code, version, cast(definition as text) from outcome_instrument
                where clinic_id is null or clinic_id = :clinic order by clinic_id nulls first, code, version desc""")
                .setParameter("clinic", clinicId).getResultList(), OutcomeQueries::instrument);
    }

    /** A built-in or the clinic's own instrument. */
    Optional<InstrumentRow> instrument(long clinicId, long id) {
        return Row.map(em.createNativeQuery("""
                select id, clinic_id, code, version, cast(definition as text) from outcome_instrument
                where id = :id and (clinic_id is null or clinic_id = :clinic)""")
                .setParameter("id", id).setParameter("clinic", clinicId).getResultList(), OutcomeQueries::instrument)
                .stream().findFirst();
    }

    /** Any stored instrument version by id (a response names the one it was scored with). */
    Optional<InstrumentRow> instrumentById(long id) {
        // not scoped: instrument definitions hold no patient data, and callers reach them through a scoped measure
        return Row.map(em.createNativeQuery("select id, clinic_id, code, version, cast(definition as text) from outcome_instrument where id = :id")
                .setParameter("id", id).getResultList(), OutcomeQueries::instrument).stream().findFirst();
    }

    /** Inserts an instrument version unless that code and version exist (for the clinic, or among the built-ins). */
    Optional<Long> insertInstrument(Long clinicId, String code, int version, String title, String definition, String by) {
        List<?> ids = em.createNativeQuery("""
                insert into outcome_instrument (clinic_id, code, version, title, definition, created_by)
                values (?, ?, ?, ?, cast(? as jsonb), ?)
                on conflict (coalesce(clinic_id, 0), code, version) do nothing returning id""")
                .setParameter(1, clinicId).setParameter(2, code).setParameter(3, version).setParameter(4, title)
                .setParameter(5, definition).setParameter(6, by).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.getFirst()).longValue());
    }

    private static AssignmentRow assignment(Row r) {
        return new AssignmentRow(r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getDate(5),
                r.getBoolean(6), r.getIntOrNull(7), r.getBoolean(8), r.isNull(9) ? null : r.getDate(9));
    }

    private static final String ASSIGNMENT_COLUMNS =
            "id, clinic_id, patient_id, program_id, instrument_id, starts_on, at_start, every_weeks, at_discharge, discharge_on";

    /** The patient's current measures, oldest first. */
    List<AssignmentRow> assignments(long clinicId, long patientId) {
        return Row.map(em.createNativeQuery("select " + ASSIGNMENT_COLUMNS + " from outcome_assignment"
                        + " where patient_id = :patient and clinic_id = :clinic and ended_at is null order by id")
                .setParameter("patient", patientId).setParameter("clinic", clinicId).getResultList(), OutcomeQueries::assignment);
    }

    /** The current measures of several patients of one clinic (a caseload page), with the days each was answered. */
    List<AssignmentRow> assignments(long clinicId, List<Long> patientIds) {
        return Row.map(em.createNativeQuery("select " + ASSIGNMENT_COLUMNS + " from outcome_assignment"
                        + " where patient_id in (:patients) and clinic_id = :clinic and ended_at is null order by id")
                .setParameter("patients", patientIds).setParameter("clinic", clinicId).getResultList(), OutcomeQueries::assignment);
    }

    record Answered(long assignmentId, LocalDate on) {
    }

    List<Answered> answeredDays(long clinicId, List<Long> patientIds) {
        return Row.map(em.createNativeQuery("select assignment_id, answered_on from outcome_response"
                        + " where patient_id in (:patients) and clinic_id = :clinic order by assignment_id, answered_at")
                .setParameter("patients", patientIds).setParameter("clinic", clinicId).getResultList(),
                r -> new Answered(r.getLong(0), r.getDate(1)));
    }

    Optional<AssignmentRow> assignment(long clinicId, long patientId, long id) {
        return Row.map(em.createNativeQuery("select " + ASSIGNMENT_COLUMNS + " from outcome_assignment"
                        + " where id = :id and patient_id = :patient and clinic_id = :clinic and ended_at is null")
                .setParameter("id", id).setParameter("patient", patientId).setParameter("clinic", clinicId).getResultList(),
                OutcomeQueries::assignment).stream().findFirst();
    }

    long insertAssignment(long clinicId, long patientId, long programId, long instrumentId, LocalDate startsOn,
                          boolean atStart, Integer everyWeeks, boolean atDischarge, LocalDate dischargeOn, String by) {
        return ((Number) em.createNativeQuery("""
                insert into outcome_assignment (clinic_id, patient_id, program_id, instrument_id, starts_on, at_start,
                    every_weeks, at_discharge, discharge_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .setParameter(1, clinicId).setParameter(2, patientId).setParameter(3, programId).setParameter(4, instrumentId)
                .setParameter(5, startsOn).setParameter(6, atStart).setParameter(7, everyWeeks).setParameter(8, atDischarge)
                .setParameter(9, dischargeOn).setParameter(10, by).getSingleResult()).longValue();
    }

    boolean hasAssignment(long programId, long instrumentId) {
        return !em.createNativeQuery("select 1 from outcome_assignment where program_id = :p and instrument_id = :i and ended_at is null")
                .setParameter("p", programId).setParameter("i", instrumentId).getResultList().isEmpty();
    }

    int endAssignment(long clinicId, long patientId, long id) {
        return em.createNativeQuery("update outcome_assignment set ended_at = now()"
                        + " where id = :id and patient_id = :patient and clinic_id = :clinic and ended_at is null")
                .setParameter("id", id).setParameter("patient", patientId).setParameter("clinic", clinicId).executeUpdate();
    }

    private static ResponseRow response(Row r) {
        return new ResponseRow(r.getLong(0), r.getLong(1), r.getUuid(2), r.getString(3), r.getDate(4), r.getDate(5),
                r.getString(6), r.getString(7), r.getDecimal(8), r.getInt(9), r.getTime(10));
    }

    private static final String RESPONSE_COLUMNS = "id, assignment_id, client_id, content_hash, due_on, answered_on,"
            + " cast(answers as text), cast(activities as text), score, answered_items, answered_at";

    /** The responses to the patient's measures, oldest first per measure. */
    List<ResponseRow> responses(long clinicId, long patientId) {
        return Row.map(em.createNativeQuery("select " + RESPONSE_COLUMNS + " from outcome_response"
                        + " where patient_id = :patient and clinic_id = :clinic order by assignment_id, answered_at, id")
                .setParameter("patient", patientId).setParameter("clinic", clinicId).getResultList(), OutcomeQueries::response);
    }

    Optional<ResponseRow> responseByClientId(long clinicId, long patientId, UUID clientId) {
        return Row.map(em.createNativeQuery("select " + RESPONSE_COLUMNS + " from outcome_response"
                        + " where patient_id = :patient and clinic_id = :clinic and client_id = :client")
                .setParameter("patient", patientId).setParameter("clinic", clinicId).setParameter("client", clientId)
                .getResultList(), OutcomeQueries::response).stream().findFirst();
    }

    /** Stores a response; empty when the patient already sent this client id (a retry). */
    Optional<Long> insertResponse(long clinicId, long patientId, long assignmentId, long instrumentId, UUID clientId,
                                  String hash, LocalDate dueOn, LocalDate answeredOn, String answers, String activities,
                                  BigDecimal score, int answeredItems, String by) {
        List<?> ids = em.createNativeQuery("""
                insert into outcome_response (clinic_id, patient_id, assignment_id, instrument_id, client_id, content_hash,
                    due_on, answered_on, answers, activities, score, answered_items, answered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)
                on conflict (patient_id, client_id) do nothing returning id""")
                .setParameter(1, clinicId).setParameter(2, patientId).setParameter(3, assignmentId).setParameter(4, instrumentId)
                .setParameter(5, clientId).setParameter(6, hash).setParameter(7, dueOn).setParameter(8, answeredOn)
                .setParameter(9, answers).setParameter(10, activities).setParameter(11, score).setParameter(12, answeredItems)
                .setParameter(13, by).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.getFirst()).longValue());
    }
}
