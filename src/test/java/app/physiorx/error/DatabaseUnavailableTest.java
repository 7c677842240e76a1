package app.physiorx.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures mean "the database is away for a moment" (503, try again) rather than a fault (500). */
@Tag("unit")
class DatabaseUnavailableTest {
    @Test
    void aConnectionLostMidRequestIsAnOutageEvenWhenWrapped() {
        var lost = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
        var wrapped = new jakarta.persistence.PersistenceException(new JDBCConnectionException("JDBC exception", lost));
        assertTrue(ErrorHandler.databaseUnavailable(wrapped));
    }

    @Test
    void aCommitThatFailedBecauseTheServerWentAwayIsAnOutage() {
        var commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        var xa = new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(xa);
        assertTrue(ErrorHandler.databaseUnavailable(new IllegalStateException("Error invoking subclass method", commit)));
    }

    @Test
    void aServerShuttingDownOrStartingUpAndAnEmptyPoolAreOutages() {
        assertTrue(ErrorHandler.databaseUnavailable(new SQLException("terminating connection", "57P01")));
        assertTrue(ErrorHandler.databaseUnavailable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(ErrorHandler.databaseUnavailable(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void aFaultOfTheStatementOrOfTheCodeIsNoOutage() {
        assertFalse(ErrorHandler.databaseUnavailable(new SQLException("syntax error", "42601")));
        assertFalse(ErrorHandler.databaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(ErrorHandler.databaseUnavailable(new IllegalStateException("a bug")));
    }
}
