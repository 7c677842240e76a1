-- Issue 17: audit verification that scales. A checkpoint is written after the app has re-hashed a
-- segment of the chain (by default 10,000 events): it names the segment's last event and hash, how many
-- events of each clinic it held, and is itself chained (each checkpoint's hash covers the one before).
-- The API check then re-hashes only what came after the newest checkpoint. The full walk of the whole
-- chain runs in the background; each run is stored with its progress and result.
create table audit_checkpoint (
    id             bigserial   primary key,
    made_at        timestamptz not null default now(),
    first_event_id bigint      not null,
    last_event_id  bigint      not null unique,
    last_hash      char(64)    not null,
    events         bigint      not null check (events > 0),
    clinic_counts  jsonb       not null,
    prev_hash      char(64)    not null,
    hash           char(64)    not null
);
create trigger audit_checkpoint_no_update_delete before update or delete on audit_checkpoint
    for each row execute function audit_event_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_event_append_only();
revoke update, delete, truncate on audit_checkpoint from "${appRole}";

create table audit_walk (
    id                bigserial    primary key,
    started_at        timestamptz  not null default now(),
    started_by        varchar(255) not null,
    heartbeat_at      timestamptz  not null default now(),
    finished_at       timestamptz,
    status            varchar(8)   not null check (status in ('RUNNING', 'INTACT', 'BROKEN', 'FAILED')),
    up_to_id          bigint       not null,
    total             bigint       not null,
    checked           bigint       not null default 0,
    first_broken_id   bigint,
    broken_clinic_key varchar(64),
    problem           varchar(300)
);
-- the admin page shows the newest run (primary key, read backwards)

-- A clinic's events are those its users made and those about its patients made by anyone outside it (a
-- probe by another clinic's user, an anonymous try). So that both are index ranges read newest first
-- (instead of an OR over a subquery that scanned the whole trail), an event about a patient made from
-- outside the patient's clinic also keeps that clinic, set on insert. Such events are rare, so their
-- index is small. The column is derived, not evidence: the hash does not cover it.
alter table audit_event add column outside_clinic_id bigint;
create function audit_event_outside_clinic() returns trigger language plpgsql as $$
begin
    if new.patient_id is not null then
        new.outside_clinic_id := (select p.clinic_id from patient p join clinic c on c.id = p.clinic_id
                                  where p.id = new.patient_id and c.external_key is distinct from new.clinic_key);
    end if;
    return new;
end
$$;
create trigger audit_event_outside_clinic before insert on audit_event
    for each row execute function audit_event_outside_clinic();

alter table audit_event disable trigger audit_event_no_update_delete;
grant update on audit_event to current_user;
update audit_event a set outside_clinic_id = p.clinic_id from patient p join clinic c on c.id = p.clinic_id
    where p.id = a.patient_id and c.external_key is distinct from a.clinic_key;
revoke update on audit_event from current_user;
alter table audit_event enable trigger audit_event_no_update_delete;

create index audit_event_clinic_id_idx on audit_event (clinic_key, id desc);
create index audit_event_outside_clinic_idx on audit_event (outside_clinic_id, id desc) where outside_clinic_id is not null;
create index audit_event_patient_id_idx on audit_event (patient_id, id desc) where patient_id is not null;
drop index audit_event_clinic_at_idx;
drop index audit_event_patient_at_idx;

-- The alert list, most urgent first (open before acknowledged before resolved, then high before medium
-- before low, then the newest), read in that order from an index per clinic instead of sorting every
-- alert the clinic ever had on a CASE expression.
alter table alert add column urgency smallint generated always as (
    (case status when 'OPEN' then 0 when 'ACKNOWLEDGED' then 3 else 6 end)
    + (case severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end)) stored;
create index alert_clinic_urgency_idx on alert (clinic_id, urgency, last_raised_at desc, id desc);

-- The caseload, newest activity first, for a clinic (admins) and a therapist, whatever the status.
create index patient_clinic_recent_idx on patient (clinic_id, last_activity_at desc, id desc);
create index patient_therapist_recent_idx on patient (therapist_id, last_activity_at desc, id desc);
