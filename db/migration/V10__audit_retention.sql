-- Audit retention. Nothing is deleted unless PHYSIORX_AUDIT_RETENTION is set. A purge removes the
-- oldest events (always a prefix of the chain, holding the chain's head) and appends an anchor: the id
-- and hash of the last removed event, where verification of the remaining chain starts.
create table audit_anchor (
    id           bigserial   primary key,
    purged_at    timestamptz not null default now(),
    cutoff       timestamptz not null,
    last_id      bigint      not null,
    last_hash    char(64)    not null,
    purged_count bigint      not null
);

-- The chain's head: the hash of the newest audit event. Writers append a batch only if the head is
-- still the hash they chained from (a conditional update in the same statement as the insert), so
-- a batch costs one round trip and instances still append one at a time. Verification never trusts
-- this row: it walks the events themselves.
create table audit_head (
    id   int      primary key check (id = 1),
    hash char(64) not null
);
insert into audit_head (id, hash) values (1, coalesce(
    (select hash from audit_event order by id desc limit 1),
    (select last_hash from audit_anchor order by id desc limit 1),
    repeat('0', 64)));

-- Deleting audit events is refused, except inside audit_purge (which flags its own transaction).
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'audit_event'
            and current_setting('physiorx.audit_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'the audit trail is append-only';
end
$$;
create trigger audit_anchor_no_update_delete before update or delete on audit_anchor
    for each row execute function audit_event_append_only();
create trigger audit_anchor_no_truncate before truncate on audit_anchor
    for each statement execute function audit_event_append_only();
revoke update, delete, truncate on audit_anchor from current_user;

-- The one way to remove events: everything up to the newest event older than the cutoff, while it holds
-- the chain's head (writers wait). The delete privilege exists only inside this transaction (granted
-- and revoked again before it commits).
create function audit_purge(cutoff timestamptz) returns bigint language plpgsql as $$
declare
    last_event audit_event%rowtype;
    removed    bigint;
begin
    perform 1 from audit_head where id = 1 for update;
    select * into last_event from audit_event where id = (select max(id) from audit_event where at < cutoff);
    if last_event.id is null then
        return 0;
    end if;
    perform set_config('physiorx.audit_purge', 'on', true);
    execute format('grant delete on audit_event to %I', current_user);
    delete from audit_event where id <= last_event.id;
    get diagnostics removed = row_count;
    execute format('revoke delete on audit_event from %I', current_user);
    perform set_config('physiorx.audit_purge', 'off', true);
    insert into audit_anchor (cutoff, last_id, last_hash, purged_count)
        values (cutoff, last_event.id, last_event.hash, removed);
    return removed;
end
$$;

-- Hashes are checked by walking the chain; a unique index on them only slowed every insert.
alter table audit_event drop constraint audit_event_hash_key;
