-- Issue 6: patients log sessions; pain flags raise alerts for the care team.

-- The daily inactivity check: days without a logged session before a low-severity alert.
alter table program add column inactive_days integer not null default 4 check (inactive_days between 1 and 60);

-- A logged session: append-only. What was done per exercise (actual beside target) is a JSON list
-- written once; the values the rules and charts need are columns.
create table progress_session (
    id                 bigserial    primary key,
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
    -- a retried submission (same client id) never stores a second session
    constraint progress_session_client_uq unique (patient_id, client_id)
);
-- history and calendar (newest first), baseline (first sessions of a program), inactivity (latest per patient)
create index progress_session_patient_date_idx on progress_session (patient_id, session_date desc, id desc);
create index progress_session_program_idx on progress_session (program_id, session_date, id);

create function progress_session_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'logged sessions cannot be changed or removed';
end
$$;
create trigger progress_session_append_only before update or delete on progress_session
    for each row execute function progress_session_append_only();

create table alert (
    id               bigserial    primary key,
    clinic_id        bigint       not null references clinic (id),
    patient_id       bigint       not null references patient (id),
    program_id       bigint       references program (id),
    rule             varchar(16)  not null check (rule in ('PAIN_THRESHOLD', 'PAIN_RISE', 'RED_FLAG', 'NO_SESSIONS')),
    severity         varchar(8)   not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    status           varchar(12)  not null default 'OPEN' check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    detail           varchar(500) not null,
    first_session_id bigint       references progress_session (id),
    last_session_id  bigint       references progress_session (id),
    occurrences      integer      not null default 1 check (occurrences >= 1),
    raised_at        timestamptz  not null default now(),
    last_raised_at   timestamptz  not null default now(),
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(255),
    resolved_at      timestamptz,
    resolved_by      varchar(255),
    version          integer      not null default 0
);
-- One unresolved alert per patient and rule: a repeat adds to it instead of piling up.
create unique index alert_unresolved_uq on alert (patient_id, rule) where status <> 'RESOLVED';
-- dashboard and nav counts (clinic, status, severity), patient page and alert filters
create index alert_clinic_status_idx on alert (clinic_id, status, severity, last_raised_at desc);
create index alert_patient_idx on alert (patient_id, last_raised_at desc);

-- Every session that tripped an alert, with the values it tripped it with.
create table alert_session (
    alert_id    bigint       not null references alert (id),
    session_id  bigint       not null references progress_session (id),
    detail      varchar(500) not null,
    primary key (alert_id, session_id)
);
create index alert_session_session_idx on alert_session (session_id);

-- Who did what to an alert, and when.
create table alert_event (
    id          bigserial    primary key,
    alert_id    bigint       not null references alert (id),
    at          timestamptz  not null default now(),
    actor       varchar(255) not null,
    actor_name  varchar(255) not null,
    action      varchar(16)  not null check (action in ('RAISED', 'REPEATED', 'ACKNOWLEDGED', 'RESOLVED')),
    note        varchar(1000)
);
create index alert_event_alert_idx on alert_event (alert_id, at, id);
