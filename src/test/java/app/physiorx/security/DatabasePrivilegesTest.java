package app.physiorx.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.physiorx.support.Api;
import app.physiorx.support.OwnerDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app's pool connects as a role that owns nothing and is no superuser: what an injected query or a
 * bug in the app could try on the trail, the database itself refuses. The owner (Flyway's role) is another.
 */
@QuarkusTest
class DatabasePrivilegesTest {
    @Inject
    EntityManager em;

    @Test
    void theAppsRoleIsNoSuperuserOwnsNoTableAndIsNotTheMigrationOwner() {
        assertEquals(Boolean.FALSE, one("select rolsuper from pg_roles where rolname = current_user"));
        assertEquals(0L, ((Number) one("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")).longValue());
        assertEquals(0L, ((Number) one("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user")).longValue());
        assertNotEquals(one("select current_user"), OwnerDatabase.text("select current_user"));
        assertEquals(OwnerDatabase.text("select current_user"), one("select tableowner from pg_tables where tablename = 'audit_event'"));
    }

    @Test
    void theAppsRoleCannotChangeRemoveOrEmptyTheTrailEvenWithThePurgeSetting() {
        Api.as("therapist1").get("/api/patients").then().statusCode(200); // at least one event
        for (String sql : List.of("update audit_event set action = 'x'", "delete from audit_event", "truncate audit_event",
                "delete from audit_anchor", "delete from audit_head", "truncate audit_head",
                "update flyway_schema_history set success = false")) {
            assertThrows(Exception.class, () -> change(sql), sql);
        }
        // the setting that once let a delete through the trigger: anyone can set it, so it is no key
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select set_config('physiorx.audit_purge', 'on', true)").getSingleResult();
            em.createNativeQuery("delete from audit_event").executeUpdate();
        }));
        assertFalse((Boolean) one("select has_table_privilege(current_user, 'audit_event', 'DELETE')"));
        assertFalse((Boolean) one("select has_table_privilege(current_user, 'audit_event', 'TRUNCATE')"));
    }

    @Test
    void theAppsRoleCannotChangeTheSchema() {
        for (String sql : List.of("create table intruder (id int)", "alter table patient add column intruder text",
                "drop table audit_event", "alter table audit_event disable trigger audit_event_no_update_delete",
                "create or replace function audit_event_append_only() returns trigger language plpgsql as $$ begin return old; end $$")) {
            assertThrows(Exception.class, () -> change(sql), sql);
        }
    }

    private Object one(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getSingleResult());
    }

    private void change(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }
}
