-- Issue 17: the two tables that only ever grow, logged sessions and audit events, are partitioned by month of
-- the time they were written (progress_session.logged_at, audit_event.at; months in UTC), with a DEFAULT
-- partition so that an insert never fails for want of a month. Each partition has its own indexes (declared
-- once on the table); a month that is wholly past the audit retention is dropped as one partition instead of
-- deleted row by row, and older months are never written again. The existing rows move into their months with
-- their ids, sequences and hashes unchanged (the audit chain still verifies).
--
-- A primary key of a partitioned table must hold the partition key: (id, logged_at) and (id, at). The ids still
-- come from one sequence each, so they stay unique on their own.
--
-- Two things the partition key changes, and what replaces them:
-- * The retry guard of session logging (one session per patient and client id) cannot be a unique index on a
--   partitioned table without the timestamp, which a retry does not share. It moves to progress_session_key, a
--   narrow table the logging statement inserts into first (on conflict nothing is stored).
-- * A foreign key to progress_session (id) needs a unique key on id alone, which a partitioned table cannot have.
--   alert.first_session_id/last_session_id, alert_reason.session_id and alert_session.session_id keep their check
--   as a trigger that the session exists. An FK's other half, refusing to remove a referenced session, is already
--   there: sessions are append-only (trigger), have no retention, and only the owner could drop a partition. A
--   composite key (session id and logged_at) was the alternative; it would copy logged_at into three tables and
--   the alert feature's entity and writes for no gain in what can be stored.

-- ------------------------------------------------------------------ the partitions, made by one function

-- Creates the missing month partitions of both tables for the months from first_month to last_month
-- (at most 240 months per call) and answers how many it created. A month whose rows already sit in the
-- DEFAULT partition is left there (its partition would have to take them over; the rows stay readable and
-- purgeable where they are) and named in a notice. Runs with the owner's rights: the app role may ask for
-- months ahead, never change the tables. A new partition needs the table to itself for a moment: rather than
-- wait behind a long reader (the full walk of the audit chain) while every insert queues behind it, the call
-- gives up after 5 s and the job tries again on its next run (months ahead of need).
create function create_month_partitions(first_month date, last_month date) returns integer
    language plpgsql security definer set search_path = public, pg_temp set timezone = 'UTC' set lock_timeout = '5s' as $$
declare
    spec    record;
    month   date;
    name    text;
    lower   text;
    upper   text;
    created integer := 0;
    waiting boolean;
begin
    if last_month < first_month or last_month > first_month + interval '240 months' then
        raise exception 'months % to %: at most 240 months at once', first_month, last_month;
    end if;
    for spec in select * from (values ('progress_session', 'logged_at'), ('audit_event', 'at')) s (tbl, col) loop
        month := date_trunc('month', first_month);
        while month <= last_month loop
            name := format('%s_y%sm%s', spec.tbl, to_char(month, 'YYYY'), to_char(month, 'MM'));
            lower := to_char(month, 'YYYY-MM-DD') || ' 00:00+00';
            upper := to_char(month + interval '1 month', 'YYYY-MM-DD') || ' 00:00+00';
            if to_regclass(name) is null then
                execute format('select exists (select 1 from %I where %I >= %L::timestamptz and %I < %L::timestamptz)',
                               spec.tbl || '_default', spec.col, lower, spec.col, upper) into waiting;
                if waiting then
                    raise notice '% keeps its rows of % in the default partition', spec.tbl, to_char(month, 'YYYY-MM');
                else
                    execute format('create table %I partition of %I for values from (%L) to (%L)', name, spec.tbl, lower, upper);
                    perform protect_partition(spec.tbl, name);
                    created := created + 1;
                end if;
            end if;
            month := month + interval '1 month';
        end loop;
    end loop;
    return created;
end
$$;

-- What every partition gets beyond the table's own triggers (row triggers are cloned onto partitions, statement
-- triggers and privileges are not): the app role reaches rows only through the table, and an audit partition
-- refuses a truncate as the table does.
create function protect_partition(tbl text, part text) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    execute format('revoke all on %I from %I', part, '${appRole}');
    if tbl = 'audit_event' then
        execute format('revoke update, delete, truncate on %I from current_user', part);
        execute format('create trigger audit_event_no_truncate before truncate on %I '
                       'for each statement execute function audit_event_append_only()', part);
    end if;
end
$$;
revoke execute on function create_month_partitions(date, date) from public;
revoke execute on function protect_partition(text, text) from public;
grant execute on function create_month_partitions(date, date) to "${appRole}";

-- ------------------------------------------------------------------ sessions

alter table alert drop constraint alert_first_session_id_fkey;
alter table alert drop constraint alert_last_session_id_fkey;
alter table alert_session drop constraint alert_session_session_id_fkey;
alter table alert_reason drop constraint alert_reason_session_id_fkey;

-- the old tables give up their names (and those of their constraints) to the new ones
do $$
declare
    con record;
begin
    for con in select conrelid::regclass as tbl, conname from pg_constraint
               where conrelid in ('progress_session'::regclass, 'audit_event'::regclass) loop
        execute format('alter table %s rename constraint %I to %I', con.tbl, con.conname, con.conname || '_unpartitioned');
    end loop;
end
$$;
alter table progress_session rename to progress_session_unpartitioned;
alter sequence progress_session_id_seq owned by none;

create table progress_session (
    id                 bigint       not null default nextval('progress_session_id_seq'),
    client_id          uuid         not null,
    content_hash       varchar(64)  not null,
    patient_id         bigint       not null references patient (id),
    clinic_id          bigint       not null references clinic (id),
    program_id         bigint       not null references program (id),
    program_version    integer      not null,
    session_date       date         not null,
    pain_before        smallint     not null check (pain_before between 0 and 10),
    pain_after         smallint     not null check (pain_after between 0 and 10),
    worst_pain_during  smallint     check (worst_pain_during between 0 and 10),
    symptoms           text[]       not null default '{}',
    comment            varchar(2000),
    exercises          jsonb        not null,
    exercises_done     integer      not null check (exercises_done >= 0),
    exercises_total    integer      not null check (exercises_total >= 0),
    logged_at          timestamptz  not null default now(),
    logged_by          varchar(255) not null,
    primary key (id, logged_at)
) partition by range (logged_at);
alter sequence progress_session_id_seq owned by progress_session.id;
create table progress_session_default partition of progress_session default;

-- The retry guard: a session's patient and client id, written in the same statement as the session.
create table progress_session_key (
    patient_id  bigint not null,
    client_id   uuid   not null,
    session_id  bigint not null,
    primary key (patient_id, client_id)
);

-- ------------------------------------------------------------------ audit events

alter table audit_event rename to audit_event_unpartitioned;
alter sequence audit_event_id_seq owned by none;

create table audit_event (
    id                bigint       not null default nextval('audit_event_id_seq'),
    at                timestamptz  not null,
    subject           varchar(64),
    actor_name        varchar(255),
    actor_role        varchar(20),
    clinic_key        varchar(64),
    action            varchar(40)  not null,
    resource_type     varchar(30),
    resource_id       varchar(64),
    patient_id        bigint,
    outcome           varchar(12)  not null check (outcome in ('ALLOWED', 'DENIED', 'NOT_FOUND', 'INVALID', 'ERROR')),
    request           varchar(300),
    client_address    varchar(64),
    user_agent        varchar(300),
    prev_hash         char(64)     not null,
    hash              char(64)     not null,
    outside_clinic_id bigint,
    primary key (id, at)
) partition by range (at);
alter sequence audit_event_id_seq owned by audit_event.id;

-- The append-only lock as before; on a partition the trigger fires under the partition's name.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and pg_partition_root(tg_relid) = 'public.audit_event'::regclass
            and current_setting('physiorx.audit_purge', true) = 'on'
            and current_user = (select tableowner from pg_tables where schemaname = 'public' and tablename = 'audit_event') then
        return old;
    end if;
    raise exception 'the audit trail is append-only';
end
$$;
create table audit_event_default partition of audit_event default;
select protect_partition('progress_session', 'progress_session_default'), protect_partition('audit_event', 'audit_event_default');

-- ------------------------------------------------------------------ the existing rows, into their months

select create_month_partitions(
    (least(coalesce((select min(logged_at) from progress_session_unpartitioned), now()),
           coalesce((select min(at) from audit_event_unpartitioned), now())) at time zone 'UTC')::date,
    ((now() + interval '3 months') at time zone 'UTC')::date);

insert into progress_session (id, client_id, content_hash, patient_id, clinic_id, program_id, program_version, session_date,
                              pain_before, pain_after, worst_pain_during, symptoms, comment, exercises, exercises_done,
                              exercises_total, logged_at, logged_by)
select id, client_id, content_hash, patient_id, clinic_id, program_id, program_version, session_date, pain_before, pain_after,
       worst_pain_during, symptoms, comment, exercises, exercises_done, exercises_total, logged_at, logged_by
from progress_session_unpartitioned order by id;
insert into progress_session_key (patient_id, client_id, session_id)
select patient_id, client_id, id from progress_session_unpartitioned;

insert into audit_event (id, at, subject, actor_name, actor_role, clinic_key, action, resource_type, resource_id, patient_id,
                         outcome, request, client_address, user_agent, prev_hash, hash, outside_clinic_id)
select id, at, subject, actor_name, actor_role, clinic_key, action, resource_type, resource_id, patient_id,
       outcome, request, client_address, user_agent, prev_hash, hash, outside_clinic_id
from audit_event_unpartitioned order by id;

-- dropping a table fires no trigger: the old copies go without lifting any lock
drop table progress_session_unpartitioned;
drop table audit_event_unpartitioned;

-- ------------------------------------------------------------------ indexes, triggers and grants as before

-- history and calendar (newest first), baseline (first sessions of a program), inactivity (latest per patient)
create index progress_session_patient_date_idx on progress_session (patient_id, session_date desc, id desc);
create index progress_session_program_idx on progress_session (program_id, session_date, id);
create trigger progress_session_append_only before update or delete on progress_session
    for each row execute function progress_session_append_only();

-- the audit pages: a clinic's events, those about its patients made from outside it, a patient's events
create index audit_event_clinic_id_idx on audit_event (clinic_key, id desc);
create index audit_event_outside_clinic_idx on audit_event (outside_clinic_id, id desc) where outside_clinic_id is not null;
create index audit_event_patient_id_idx on audit_event (patient_id, id desc) where patient_id is not null;
create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
create trigger audit_event_outside_clinic before insert on audit_event
    for each row execute function audit_event_outside_clinic();

-- V8 and V16: the owner keeps no standing right to change or remove events (audit_purge grants itself delete
-- for its own transaction); the app role reads and appends events and session keys (the default privileges
-- gave it the rest on the new tables, and on sessions as before).
revoke update, delete, truncate on audit_event from current_user;
revoke update, delete, truncate on audit_event from "${appRole}";
revoke update, delete, truncate on progress_session_key from "${appRole}";

-- ------------------------------------------------------------------ references to sessions, by trigger

create function session_must_exist() returns trigger language plpgsql as $$
declare
    col text;
    ref bigint;
begin
    foreach col in array tg_argv loop
        ref := (to_jsonb(new) ->> col)::bigint;
        if ref is not null and not exists (select 1 from progress_session where id = ref) then
            raise foreign_key_violation using message = format('%s.%s = %s: no such session', tg_table_name, col, ref);
        end if;
    end loop;
    return new;
end
$$;
create trigger alert_sessions_exist before insert or update of first_session_id, last_session_id on alert
    for each row execute function session_must_exist('first_session_id', 'last_session_id');
create trigger alert_reason_session_exists before insert or update of session_id on alert_reason
    for each row execute function session_must_exist('session_id');
create trigger alert_session_session_exists before insert or update of session_id on alert_session
    for each row execute function session_must_exist('session_id');

-- ------------------------------------------------------------------ retention: whole months are dropped

-- The one way to remove events, with the meaning it had: everything up to the newest event older than the
-- cutoff (a prefix of the chain), while holding the chain's head, leaving an anchor with the last removed
-- event's id and hash. Every event in a month that ends by the cutoff is older than it, so in that prefix:
-- such a month goes as one partition (dropped, not deleted row by row). What the prefix holds beyond them (a
-- cutoff inside a month, an event written a moment out of order around a month's end, rows in DEFAULT) is
-- deleted as before. Like create_month_partitions it waits at most 5 s for a lock (the next day's run tries again).
create or replace function audit_purge(cutoff timestamptz) returns bigint language plpgsql
    security definer set search_path = public, pg_temp set timezone = 'UTC' set lock_timeout = '5s' as $$
declare
    last_event audit_event%rowtype;
    removed    bigint := 0;
    deleted    bigint;
    whole      regclass[];
    part       regclass;
begin
    select coalesce(array_agg(c.oid::regclass), '{}') into whole
    from pg_inherits i join pg_class c on c.oid = i.inhrelid
    where i.inhparent = 'audit_event'::regclass and pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT'
      and substring(pg_get_expr(c.relpartbound, c.oid) from 'TO \(''([^'']+)''\)')::timestamptz <= cutoff;
    -- the delete privilege exists only inside this transaction (granted here, revoked before it commits); it also
    -- lets the owner lock the table: dropping a partition needs the table to itself, taken before the head,
    -- which writers take after it
    execute format('grant delete on audit_event to %I', current_user);
    if cardinality(whole) > 0 then
        lock table audit_event in access exclusive mode;
    end if;
    perform 1 from audit_head where id = 1 for update;
    select * into last_event from audit_event where id = (select max(id) from audit_event where at < cutoff);
    if last_event.id is not null then
        foreach part in array whole loop
            execute format('select count(*) from %s', part) into deleted;
            execute format('drop table %s', part);
            removed := removed + deleted;
        end loop;
        perform set_config('physiorx.audit_purge', 'on', true);
        delete from audit_event where id <= last_event.id;
        get diagnostics deleted = row_count;
        perform set_config('physiorx.audit_purge', 'off', true);
    end if;
    execute format('revoke delete on audit_event from %I', current_user);
    if last_event.id is null then
        return 0;
    end if;
    removed := removed + deleted;
    insert into audit_anchor (cutoff, last_id, last_hash, purged_count)
        values (cutoff, last_event.id, last_event.hash, removed);
    return removed;
end
$$;
