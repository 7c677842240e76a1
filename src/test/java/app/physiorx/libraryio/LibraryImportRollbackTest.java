package app.physiorx.libraryio;

import static app.physiorx.support.Api.as;
import static app.physiorx.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.common.Row;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One transaction: a failure after some exercises were written leaves the clinic's library as it was. */
@QuarkusTest
class LibraryImportRollbackTest {
    @Inject
    LibraryImportService imports;

    @Inject
    EntityManager em;

    private Account clinicAdmin2() {
        as("clinicadmin2").get("/api/library/export.json").then().statusCode(200); // the profile exists after a first call
        Object[] r = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select u.id, u.subject, u.display_name, u.clinic_id, c.external_key, c.name
                from user_profile u join clinic c on c.id = u.clinic_id where u.username = 'clinicadmin2'""").getSingleResult());
        Row row = Row.of(r);
        return new Account(row.getLong(0), row.getString(1), "clinicadmin2", row.getString(2), null, Role.CLINIC_ADMIN,
                row.getLong(3), row.getString(4), row.getString(5));
    }

    private long count(long clinicId, List<String> names) {
        return QuarkusTransaction.requiringNew().call(() -> Row.of(em.createNativeQuery(
                "select count(*) from exercise where clinic_id = :c and name in (:n)")
                .setParameter("c", clinicId).setParameter("n", names).getSingleResult()).getLong(0));
    }

    @Test
    @ActivateRequestContext
    void aFailureInTheMiddleRollsBackEverythingWritten() {
        Account admin = clinicAdmin2();
        List<String> names = List.of(unique("Roll one"), unique("Roll two"), unique("Roll three"));
        String file = LibraryIoApiTest.doc(LibraryIoApiTest.entry("a", names.get(0), "") + ","
                + LibraryIoApiTest.entry("b", names.get(1), "") + "," + LibraryIoApiTest.entry("c", names.get(2), ""), "");
        byte[] body = file.getBytes(StandardCharsets.UTF_8);
        int[] written = {0};
        RuntimeException failure = assertThrows(IllegalStateException.class, () -> imports.importFile(admin, body,
                new LibraryImportService.Options(false, null, Map.of()), name -> {
                    if (++written[0] == 2) {
                        throw new IllegalStateException("the disk filled up after two exercises");
                    }
                }));
        assertEquals("the disk filled up after two exercises", failure.getMessage());
        assertEquals(0, count(admin.clinicId(), names), "nothing of the file stays");
        var done = imports.importFile(admin, body, new LibraryImportService.Options(false, null, Map.of()));
        assertInstanceOf(LibraryImportService.Done.class, done);
        assertEquals(3, count(admin.clinicId(), names));
    }
}
