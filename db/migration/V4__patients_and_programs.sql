-- Patients (a therapist's caseload) and their home programs with immutable published versions.
create table patient (
    id                bigserial primary key,
    clinic_id         bigint       not null references clinic (id),
    therapist_id      bigint       not null references user_profile (id),
    first_name        varchar(80)  not null,
    last_name         varchar(80)  not null,
    date_of_birth     date,
    email             varchar(255),
    phone             varchar(40),
    condition         varchar(500),
    start_of_care     date,
    notes             varchar(2000),
    status            varchar(12)  not null default 'ACTIVE' check (status in ('ACTIVE', 'DISCHARGED')),
    username          varchar(255),
    keycloak_user_id  varchar(64),
    access_issued_at  timestamptz,
    last_activity_at  timestamptz  not null default now(),
    created_by        varchar(255) not null,
    updated_by        varchar(255) not null,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 0
);
create unique index patient_keycloak_user_uq on patient (keycloak_user_id) where keycloak_user_id is not null;
create unique index patient_username_uq on patient (clinic_id, username) where username is not null;
-- Caseload: by clinic (admins) or therapist, newest activity first; name search.
create index patient_clinic_activity_idx on patient (clinic_id, status, last_activity_at desc);
create index patient_therapist_activity_idx on patient (therapist_id, status, last_activity_at desc);
create index patient_name_trgm_idx on patient using gin (lower(first_name || ' ' || last_name) gin_trgm_ops);

-- A patient shared with another therapist of the same clinic.
create table patient_share (
    patient_id   bigint not null references patient (id) on delete cascade,
    therapist_id bigint not null references user_profile (id),
    shared_by    varchar(255) not null,
    shared_at    timestamptz  not null default now(),
    primary key (patient_id, therapist_id)
);
create index patient_share_therapist_idx on patient_share (therapist_id);

create table program (
    id                  bigserial primary key,
    patient_id          bigint       not null references patient (id),
    clinic_id           bigint       not null references clinic (id),
    title               varchar(120) not null,
    goal                varchar(2000),
    start_date          date,
    review_date         date,
    status              varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    pain_threshold      integer      not null default 7 check (pain_threshold between 1 and 10),
    pain_rise           integer      not null default 2 check (pain_rise between 1 and 10),
    red_flags           text[]       not null default array['NUMBNESS', 'TINGLING', 'NEW_WEAKNESS', 'ARM_PAIN', 'NIGHT_PAIN', 'DIZZINESS', 'BLADDER_BOWEL'],
    draft_changed       boolean      not null default true,
    published_version   integer      not null default 0,
    created_by          varchar(255) not null,
    updated_by          varchar(255) not null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0
);
create index program_patient_idx on program (patient_id, status);

-- The draft's items (what the next published version will contain).
create table program_item (
    id               bigserial primary key,
    program_id       bigint       not null references program (id) on delete cascade,
    position         integer      not null check (position between 1 and 100),
    exercise_id      bigint       not null references exercise (id),
    sets             integer      check (sets between 1 and 20),
    reps             integer      check (reps between 1 and 100),
    side             varchar(12)  not null default 'BOTH' check (side in ('BOTH', 'LEFT', 'RIGHT', 'EACH_SIDE', 'ALTERNATING')),
    hold_seconds     integer      check (hold_seconds between 0 and 300),
    duration_seconds integer      check (duration_seconds between 0 and 3600),
    rest_seconds     integer      check (rest_seconds between 0 and 600),
    times_per_day    integer      not null default 1 check (times_per_day between 1 and 10),
    days_per_week    integer      not null default 7 check (days_per_week between 1 and 7),
    weekdays         text[]       not null default '{}',
    load             varchar(60),
    tempo            varchar(40),
    notes            varchar(1000),
    unique (program_id, position) deferrable initially deferred
);
create index program_item_exercise_idx on program_item (exercise_id);

-- A published version: immutable. The items, with the exercise content as it was, are a JSON snapshot.
create table program_version (
    program_id    bigint       not null references program (id),
    number        integer      not null check (number >= 1),
    title         varchar(120) not null,
    goal          varchar(2000),
    items         jsonb        not null,
    published_by  varchar(255) not null,
    published_at  timestamptz  not null default now(),
    primary key (program_id, number)
);

create function program_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'published program versions are immutable';
end
$$;
create trigger program_version_immutable before update or delete on program_version
    for each row execute function program_version_immutable();
