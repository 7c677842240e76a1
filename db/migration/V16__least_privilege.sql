-- Least privilege. Flyway runs as the migration owner (PHYSIORX_DB_OWNER), which owns every table;
-- the app's pool connects as ${appRole} (PHYSIORX_DB_USER), which owns nothing, is no superuser, and gets
-- only the rows it reads and writes. On the append-only trail it may read and append, never change,
-- remove or truncate; the retention purge is a function the owner defines and runs with the owner's
-- rights (SECURITY DEFINER), so no session setting can switch the lock off.
do $$
begin
    if current_user = '${appRole}' then
        raise exception 'run the migrations as the owner role (PHYSIORX_DB_OWNER), not as the app role ${appRole}';
    end if;
end
$$;

revoke create on schema public from public;
grant usage on schema public to "${appRole}";

grant select, insert, update, delete on all tables in schema public to "${appRole}";
grant usage, select on all sequences in schema public to "${appRole}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${appRole}";
alter default privileges in schema public grant usage, select on sequences to "${appRole}";

-- The trail: read and append only; the chain's head moves forward by update, never away.
revoke update, delete, truncate on audit_event from "${appRole}";
revoke update, delete, truncate on audit_anchor from "${appRole}";
revoke delete, truncate on audit_head from "${appRole}";
-- Migrations are the owner's record.
revoke insert, update, delete, truncate on flyway_schema_history from "${appRole}";

-- A delete gets past the trigger only while the owner runs it inside audit_purge: a session setting
-- alone (which anyone can set) is no longer enough.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'audit_event'
            and current_setting('physiorx.audit_purge', true) = 'on'
            and current_user = (select tableowner from pg_tables where schemaname = 'public' and tablename = 'audit_event') then
        return old;
    end if;
    raise exception 'the audit trail is append-only';
end
$$;

alter function audit_purge(timestamptz) security definer;
alter function audit_purge(timestamptz) set search_path = public, pg_temp;
revoke execute on function audit_purge(timestamptz) from public;
grant execute on function audit_purge(timestamptz) to "${appRole}";
