-- Issue 7: the audit trail of every access to patient data. Append-only: the application's role may
-- insert and read, never change or remove (privileges revoked and a trigger as a second lock). Each
-- row carries the SHA-256 of its content chained to the previous row's hash, so a changed or removed
-- row is found by the verification (GET /api/audit/verify).
create table audit_event (
    id             bigserial    primary key,
    at             timestamptz  not null,
    subject        varchar(64),
    actor_name     varchar(255),
    actor_role     varchar(20),
    clinic_key     varchar(64),
    action         varchar(40)  not null,
    resource_type  varchar(30),
    resource_id    varchar(64),
    patient_id     bigint,
    outcome        varchar(12)  not null check (outcome in ('ALLOWED', 'DENIED', 'NOT_FOUND', 'INVALID', 'ERROR')),
    request        varchar(300),
    client_address varchar(64),
    user_agent     varchar(300),
    prev_hash      char(64)     not null,
    hash           char(64)     not null unique
);
-- audit page filters: clinic (actor's) with time, patient (access report), user, action
create index audit_event_clinic_at_idx on audit_event (clinic_key, at desc);
create index audit_event_patient_at_idx on audit_event (patient_id, at desc) where patient_id is not null;
create index audit_event_resource_idx on audit_event (resource_type, resource_id) where resource_id is not null;
create index audit_event_subject_at_idx on audit_event (subject, at desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end
$$;
create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

revoke update, delete, truncate on audit_event from current_user;
