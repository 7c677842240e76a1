-- Stages: each draft item has a stage (copied from the template), the draft an active stage, and each published
-- version records the active stage it showed and the "what comes next" line. Versions stored before this
-- migration count as stage 1 with all items stage 1 (their item JSON has no stage, read as 1, all shown).
alter table program add column active_stage integer not null default 1 check (active_stage between 1 and 5);
alter table program_item add column stage integer not null default 1 check (stage between 1 and 5);
alter table program_version add column active_stage integer not null default 1 check (active_stage between 1 and 5);
alter table program_version add column next_stage varchar(2000);

-- Alert settings are the clinician's monitoring, not the patient's instructions: a change takes effect at once
-- and is recorded here (who, when, from -> to), never as a change of the draft.
create table program_monitoring_change (
    id          bigint generated always as identity primary key,
    program_id  bigint        not null references program (id),
    field       varchar(40)   not null,
    from_value  varchar(400)  not null,
    to_value    varchar(400)  not null,
    changed_by  varchar(255)  not null,
    changed_at  timestamptz   not null default now()
);
create index program_monitoring_change_program_idx on program_monitoring_change (program_id, changed_at);
