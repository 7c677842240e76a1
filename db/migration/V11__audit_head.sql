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

-- The purge now serializes with the writers on the head row (they no longer take the advisory lock).
create or replace function audit_purge(cutoff timestamptz) returns bigint language plpgsql as $$
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
