package app.physiorx.audit;

import static app.physiorx.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.LoggingPatient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sessions and audit events live in monthly partitions (V22): where rows land, how months are made, how retention drops them. */
@QuarkusTest
class MonthlyPartitionsTest {
    @Inject
    EntityManager em;

    @Inject
    MonthlyPartitionService partitions;

    @Inject
    AuditRetention retention;

    @Inject
    AuditLog auditLog;

    @Inject
    AuditVerification verification;

    private static String month(YearMonth m) {
        return "_y%04dm%02d".formatted(m.getYear(), m.getMonthValue());
    }

    @Test
    void aLoggedSessionAndItsAuditEventsLandInTheCurrentMonthsPartitions() {
        String current = month(YearMonth.now(ZoneOffset.UTC));
        LoggingPatient patient = LoggingPatient.of("therapist1");
        long sessionId = patient.log(patient.session(2, 3)).getLong("session.id");
        as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        assertEquals("progress_session" + current, text("select tableoid::regclass::text from progress_session where id = " + sessionId));
        assertEquals("audit_event" + current, text("select tableoid::regclass::text from audit_event where patient_id = " + patient.id()
                + " order by id desc limit 1"));
    }

    @Test
    void theJobMakesTheComingMonthsAheadOfTimeAndASecondRunMakesNothing() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        partitions.ahead(LocalDate.now(ZoneOffset.UTC));
        assertEquals(0, partitions.ahead(LocalDate.now(ZoneOffset.UTC)), "every month up to the horizon exists already");
        for (int i = 0; i <= 3; i++) {
            assertTrue(exists("progress_session" + month(now.plusMonths(i))), "sessions of " + now.plusMonths(i));
            assertTrue(exists("audit_event" + month(now.plusMonths(i))), "audit events of " + now.plusMonths(i));
        }

        YearMonth first = YearMonth.of(2061, 1);
        long existing = count("select count(*) from pg_class where relname ~ '^(audit_event|progress_session)_y2061m0[123]$'");
        assertEquals(6 - existing, partitions.create(first, first.plusMonths(2)), "three months of both tables");
        assertEquals(6L, count("select count(*) from pg_class where relname ~ '^(audit_event|progress_session)_y2061m0[123]$'"));
        assertEquals(0, partitions.create(first, first.plusMonths(2)));
        assertEquals("FOR VALUES FROM ('2061-02-01 00:00:00+00') TO ('2061-03-01 00:00:00+00')",
                text("select pg_get_expr(relpartbound, oid) from pg_class where relname = 'audit_event_y2061m02'"));
        assertEquals(3L, count("select count(*) from pg_indexes where tablename = 'audit_event_y2061m02' and indexname <> 'audit_event_y2061m02_pkey'"),
                "the table's indexes on the new month: clinic, patient and outside-clinic");
    }

    @Test
    void aSessionForAMonthWithoutPartitionLandsInDefaultAndThatMonthIsLeftThereByTheJob() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                insert into progress_session (client_id, content_hash, patient_id, clinic_id, program_id, program_version, session_date,
                    pain_before, pain_after, exercises, exercises_done, exercises_total, logged_at, logged_by)
                select gen_random_uuid(), 'x', p.id, p.clinic_id, :program, 1, date '2071-05-02', 1, 1, '[]', 0, 0,
                       timestamptz '2071-05-02 10:00+00', 'test'
                from patient p where p.id = :patient returning id""").setParameter("program", patient.programId())
                .setParameter("patient", patient.id()).getSingleResult()).longValue());
        assertEquals("progress_session_default", text("select tableoid::regclass::text from progress_session where id = " + id));

        partitions.create(YearMonth.of(2071, 5), YearMonth.of(2071, 5));
        assertTrue(exists("audit_event_y2071m05"), "the audit trail's month is made");
        assertFalse(exists("progress_session_y2071m05"), "the sessions' month stays in DEFAULT, which holds a row of it");
        assertEquals("progress_session_default", text("select tableoid::regclass::text from progress_session where id = " + id));
        patient.api().get("/api/me/sessions/" + id).then().statusCode(200);
    }

    @Test
    void retentionDropsAMonthThatEndedBeforeTheCutoffWholeAndLeavesTheNewerMonthsUntouched() {
        retention.purgeBefore(Instant.now()); // the chain so far goes, as in AuditTrailTest
        partitions.create(YearMonth.of(2025, 1), YearMonth.of(2025, 3));
        List<Long> january = appendAt("2025-01-10T08:00:00Z", "2025-01-20T08:00:00Z", "2025-01-31T23:59:59Z");
        List<Long> february = appendAt("2025-02-01T00:00:00Z", "2025-02-14T08:00:00Z");
        List<Long> march = appendAt("2025-03-03T08:00:00Z");
        assertEquals("audit_event_y2025m01", text("select tableoid::regclass::text from audit_event where id = " + january.get(0)));
        long lastOfJanuary = january.getLast();
        String februaryBefore = text("select count(*) || ':' || max(id) from audit_event where tableoid = 'audit_event_y2025m02'::regclass");

        long removed = retention.purgeBefore(AuditRetention.wholeMonthsBefore(Instant.parse("2025-02-20T12:00:00Z")));

        assertTrue(removed >= january.size(), "removed " + removed);
        assertFalse(exists("audit_event_y2025m01"), "January went as one partition");
        assertEquals(februaryBefore, text("select count(*) || ':' || max(id) from audit_event where tableoid = 'audit_event_y2025m02'::regclass"), "February untouched");
        assertEquals(List.of(february.get(0), february.get(1), march.get(0)),
                ids("select id from audit_event where id in (" + february.get(0) + ", " + february.get(1) + ", " + march.get(0) + ") order by id"));
        assertEquals(0L, count("select count(*) from audit_event where id <= " + lastOfJanuary));
        assertEquals(lastOfJanuary, count("select last_id from audit_anchor order by id desc limit 1"));
        assertEquals(removed, count("select purged_count from audit_anchor order by id desc limit 1"));
        assertTrue(verification.verify().intact(), "the rest of the chain verifies from the anchor");
        as("clinicadmin1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theRetentionJobCutsAtTheStartOfAMonthSoThatOnlyWholeMonthsGo() {
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), AuditRetention.wholeMonthsBefore(Instant.parse("2026-03-17T10:15:00Z")));
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), AuditRetention.wholeMonthsBefore(Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void theAppsRoleCannotReachAPartitionOrSkipTheLocksThroughOne() {
        String current = "audit_event" + month(YearMonth.now(ZoneOffset.UTC));
        for (String sql : List.of("delete from " + current, "truncate " + current, "truncate audit_event_default",
                "delete from progress_session_default", "drop table " + current,
                "alter table audit_event detach partition " + current)) {
            assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()), sql);
        }
        assertThrows(Exception.class, () -> text("select count(*) from " + current), "rows are read through the table only");
    }

    @Test
    void aReasonNamingASessionThatDoesNotExistIsRefusedAsTheForeignKeyDid() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        patient.log(patient.session(9, 9));
        long alert = count("select id from alert where patient_id = " + patient.id() + " order by id desc limit 1");
        Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into alert_reason (alert_id, rule, severity, detail, session_id) values (:a, 'PAIN_THRESHOLD', 'HIGH', 'x', -5)")
                .setParameter("a", alert).executeUpdate()));
        assertTrue(String.valueOf(rootMessage(refused)).contains("no such session"), rootMessage(refused));
    }

    /** Appends one audit event at each of these times, in this order; answers their ids. */
    private List<Long> appendAt(String... times) {
        String marker = "partition-test-" + System.nanoTime();
        for (String t : times) {
            auditLog.record(new AuditEntry(Instant.parse(t), null, "partition test", null, null, "test.partition", "test", marker,
                    null, AuditEntry.Outcome.ALLOWED, null, null, null)).join();
        }
        return ids("select id from audit_event where resource_id = '" + marker + "' order by id");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private boolean exists(String table) {
        return count("select count(*) from pg_class where relname = '" + table + "'") == 1;
    }

    private String text(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(sql).getSingleResult()));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) em.createNativeQuery(sql).getResultList())
                .stream().map(Number::longValue).toList());
    }
}
