-- Clinics are tenants. The key comes from the Keycloak user attribute "clinic"
-- (token claim "clinic"); the app keeps its own row for each key it sees.
create table clinic (
    id           bigserial primary key,
    external_key varchar(64)  not null unique,
    name         varchar(120) not null,
    phone        varchar(40),
    paper_size   varchar(10)  not null default 'A4' check (paper_size in ('A4', 'LETTER')),
    created_at   timestamptz  not null default now()
);

-- One row per Keycloak subject, created at the first sign-in.
create table user_profile (
    id           bigserial primary key,
    subject      varchar(64)  not null unique,
    clinic_id    bigint       not null references clinic (id),
    username     varchar(255) not null,
    display_name varchar(255) not null,
    email        varchar(255),
    role         varchar(20)  not null check (role in ('therapist', 'patient', 'clinic-admin')),
    created_at   timestamptz  not null default now(),
    last_seen_at timestamptz  not null default now()
);
create index user_profile_clinic_role_idx on user_profile (clinic_id, role);
