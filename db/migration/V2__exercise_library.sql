-- Exercise library: the shared starter catalog (clinic_id null) and each clinic's own exercises.
create extension if not exists pg_trgm;

create table exercise (
    id                    bigserial primary key,
    slug                  varchar(140) not null,
    clinic_id             bigint references clinic (id),
    name                  varchar(120) not null,
    exercise_group        varchar(30)  not null check (exercise_group in ('CORE_AND_BACK', 'SHOULDER_STRENGTHENING', 'NECK_STRENGTHENING')),
    body_regions          text[]       not null default '{}',
    position              varchar(30)  not null check (position in ('LYING_ON_BACK', 'LYING_FACE_DOWN', 'HANDS_AND_KNEES', 'SITTING', 'STANDING', 'SITTING_OR_STANDING')),
    position_detail       varchar(300),
    equipment             text[]       not null default '{}',
    sets_min              integer  check (sets_min between 1 and 20),
    sets_max              integer  check (sets_max between 1 and 20 and sets_max >= sets_min),
    reps_min              integer  check (reps_min between 1 and 100),
    reps_max              integer  check (reps_max between 1 and 100 and reps_max >= reps_min),
    reps_mode             varchar(30)  not null default 'PLAIN' check (reps_mode in ('PLAIN', 'EACH_SIDE', 'EACH_SIDE_ALTERNATING', 'ALTERNATING_TOTAL')),
    hold_min_seconds      integer  check (hold_min_seconds between 0 and 300),
    hold_max_seconds      integer  check (hold_max_seconds between 0 and 300 and hold_max_seconds >= hold_min_seconds),
    duration_min_seconds  integer check (duration_min_seconds between 0 and 3600),
    duration_max_seconds  integer check (duration_max_seconds between 0 and 3600 and duration_max_seconds >= duration_min_seconds),
    times_per_day_min     integer  check (times_per_day_min between 1 and 10),
    times_per_day_max     integer  check (times_per_day_max between 1 and 10 and times_per_day_max >= times_per_day_min),
    dosage_note           varchar(300),
    steps                 text[]       not null default '{}',
    cues                  text[]       not null default '{}',
    precautions           text[]       not null default '{}',
    variations            text[]       not null default '{}',
    tags                  text[]       not null default '{}',
    status                varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    copied_from_id        bigint references exercise (id),
    created_by            varchar(255) not null default 'PhysioRx',
    updated_by            varchar(255) not null default 'PhysioRx',
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0,
    search                tsvector
);

-- Names and slugs are unique within a clinic, and within the starter catalog.
create unique index exercise_clinic_name_uq on exercise (clinic_id, lower(name)) where clinic_id is not null;
create unique index exercise_starter_name_uq on exercise (lower(name)) where clinic_id is null;
create unique index exercise_clinic_slug_uq on exercise (clinic_id, slug) where clinic_id is not null;
create unique index exercise_starter_slug_uq on exercise (slug) where clinic_id is null;
-- Library queries: visible = starter or own clinic, active, ordered by name.
create index exercise_clinic_status_name_idx on exercise (clinic_id, status, lower(name));
create index exercise_search_idx on exercise using gin (search);
create index exercise_name_trgm_idx on exercise using gin (lower(name) gin_trgm_ops);
create index exercise_regions_idx on exercise using gin (body_regions);
create index exercise_equipment_idx on exercise using gin (equipment);

create function exercise_search_vector() returns trigger language plpgsql as $$
begin
    new.search :=
        setweight(to_tsvector('english', coalesce(new.name, '')), 'A') ||
        setweight(to_tsvector('english', array_to_string(new.tags, ' ')), 'B') ||
        setweight(to_tsvector('english', array_to_string(new.equipment, ' ') || ' ' || coalesce(new.position_detail, '')), 'C') ||
        setweight(to_tsvector('english', array_to_string(new.steps, ' ') || ' ' || array_to_string(new.cues, ' ')), 'D');
    return new;
end
$$;
create trigger exercise_search_vector before insert or update on exercise
    for each row execute function exercise_search_vector();

create table exercise_image (
    exercise_id  bigint primary key references exercise (id) on delete cascade,
    content_type varchar(20) not null check (content_type in ('image/png', 'image/jpeg')),
    width        integer     not null,
    height       integer     not null,
    data         bytea       not null,
    uploaded_by  varchar(255) not null,
    uploaded_at  timestamptz not null default now()
);

-- "from is a <kind> of to": shown on both exercises.
create table exercise_relation (
    from_id bigint      not null references exercise (id),
    to_id   bigint      not null references exercise (id),
    kind    varchar(20) not null check (kind in ('PROGRESSION_OF', 'REGRESSION_OF', 'VARIANT_OF')),
    primary key (from_id, to_id, kind),
    check (from_id <> to_id)
);
create index exercise_relation_to_idx on exercise_relation (to_id);

-- Protocol templates: a named, ordered list of exercises with default dosages.
create table protocol_template (
    id          bigserial primary key,
    clinic_id   bigint references clinic (id),
    name        varchar(120) not null,
    description varchar(2000),
    created_by  varchar(255) not null default 'PhysioRx',
    updated_by  varchar(255) not null default 'PhysioRx',
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0
);
create unique index protocol_template_clinic_name_uq on protocol_template (clinic_id, lower(name)) where clinic_id is not null;
create unique index protocol_template_starter_name_uq on protocol_template (lower(name)) where clinic_id is null;
create index protocol_template_clinic_idx on protocol_template (clinic_id, lower(name));

create table protocol_template_item (
    template_id        bigint   not null references protocol_template (id) on delete cascade,
    position           integer  not null check (position between 1 and 100),
    exercise_id        bigint   not null references exercise (id),
    stage              integer  not null default 1 check (stage between 1 and 5),
    sets               integer  check (sets between 1 and 20),
    reps               integer  check (reps between 1 and 100),
    hold_seconds       integer  check (hold_seconds between 0 and 300),
    duration_seconds   integer  check (duration_seconds between 0 and 3600),
    times_per_day      integer  check (times_per_day between 1 and 10),
    note               varchar(500),
    primary key (template_id, position)
);
create index protocol_template_item_exercise_idx on protocol_template_item (exercise_id);
