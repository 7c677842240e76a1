-- Outcome measures (issue 18): instruments (built-in or imported by a clinic as a FHIR Questionnaire), the
-- measures a therapist adds to a program with a schedule, and the patient's scored responses (append-only).

-- An instrument version. clinic_id null: built in, the same for every clinic. A scoring change is a new version,
-- so a stored score always names the definition it was computed with.
create table outcome_instrument (
    id          bigserial primary key,
    clinic_id   bigint       references clinic (id),
    code        varchar(40)  not null check (code ~ '^[a-z0-9-]+$'),
    version     integer      not null check (version >= 1),
    title       varchar(120) not null,
    definition  jsonb        not null,
    created_by  varchar(255) not null,
    created_at  timestamptz  not null default now()
);
-- one row per code and version, per clinic and among the built-ins; also the instrument list's order
create unique index outcome_instrument_uq on outcome_instrument (coalesce(clinic_id, 0), code, version);
create index outcome_instrument_clinic_idx on outcome_instrument (clinic_id, code, version desc);

create function outcome_instrument_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'an instrument version cannot be changed or removed: import a new version';
end
$$;
create trigger outcome_instrument_append_only before update or delete on outcome_instrument
    for each row execute function outcome_instrument_append_only();
revoke update, delete, truncate on outcome_instrument from "${appRole}";

-- A measure on a program, with its schedule: at the start, every N weeks, at discharge. Removing it ends it.
create table outcome_assignment (
    id             bigserial primary key,
    clinic_id      bigint       not null references clinic (id),
    patient_id     bigint       not null references patient (id),
    program_id     bigint       not null references program (id),
    instrument_id  bigint       not null references outcome_instrument (id),
    starts_on      date         not null,
    at_start       boolean      not null,
    every_weeks    integer      check (every_weeks between 1 and 52),
    at_discharge   boolean      not null,
    discharge_on   date,
    created_by     varchar(255) not null,
    created_at     timestamptz  not null default now(),
    ended_at       timestamptz,
    check (at_start or every_weeks is not null or at_discharge),
    check (discharge_on is null or discharge_on >= starts_on)
);
-- the patient's measures (patient page, /me, due list)
create index outcome_assignment_patient_idx on outcome_assignment (patient_id, id) where ended_at is null;
create unique index outcome_assignment_one_per_instrument on outcome_assignment (program_id, instrument_id) where ended_at is null;

-- A scored response: append-only like sessions. The client's id makes a submission idempotent.
create table outcome_response (
    id             bigserial primary key,
    clinic_id      bigint        not null references clinic (id),
    patient_id     bigint        not null references patient (id),
    assignment_id  bigint        not null references outcome_assignment (id),
    instrument_id  bigint        not null references outcome_instrument (id),
    client_id      uuid          not null,
    content_hash   char(64)      not null,
    due_on         date          not null,
    answered_on    date          not null,
    answers        jsonb         not null,
    activities     jsonb,
    score          numeric(8, 2) not null,
    answered_items integer       not null check (answered_items >= 1),
    answered_by    varchar(255)  not null,
    answered_at    timestamptz   not null default now()
);
create unique index outcome_response_client_uq on outcome_response (patient_id, client_id);
-- a measure's scores over time (charts, first and latest, the due check)
create index outcome_response_assignment_idx on outcome_response (assignment_id, answered_at, id);

create function outcome_response_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'a questionnaire response cannot be changed or removed';
end
$$;
create trigger outcome_response_append_only before update or delete on outcome_response
    for each row execute function outcome_response_append_only();
revoke update, delete, truncate on outcome_response from "${appRole}";

-- A worsening beyond the change that matters is a reason on the patient's alert, like a pain flag.
alter table alert drop constraint alert_rule_check;
alter table alert add constraint alert_rule_check
    check (rule in ('PAIN_THRESHOLD', 'PAIN_RISE', 'RED_FLAG', 'NO_SESSIONS', 'OUTCOME_WORSE'));
alter table alert_reason drop constraint alert_reason_rule_check;
alter table alert_reason add constraint alert_reason_rule_check
    check (rule in ('PAIN_THRESHOLD', 'PAIN_RISE', 'RED_FLAG', 'NO_SESSIONS', 'OUTCOME_WORSE'));
