-- Reminders (issue 20): the patient's chosen times and days, the email channel, the calendar feed's secret,
-- and the log of reminder emails that makes "never twice for the same patient and day" hold across restarts
-- and instances.

create table reminder_setting (
    patient_id            bigint       primary key references patient (id),
    -- up to three times of day (the clinic's zone), ascending
    times                 time[]       not null default array['18:00'::time],
    -- ISO weekdays 1 (Monday) to 7; empty: follow the program's days
    weekdays              smallint[]   not null default '{}',
    email_on              boolean      not null default false,
    -- the one-click unsubscribe link's secret (it can only turn email reminders off)
    unsubscribe_token     varchar(64)  not null unique,
    -- the calendar feed's secret: its SHA-256 to find the feed, and sealed so the patient can see the URL again
    calendar_token_hash   varchar(64)  unique,
    calendar_token_sealed varchar(400),
    calendar_issued_at    timestamptz,
    updated_by            varchar(255) not null,
    updated_at            timestamptz  not null default now(),
    check (cardinality(times) between 1 and 3),
    check (weekdays <@ array[1, 2, 3, 4, 5, 6, 7]::smallint[])
);
-- the daily job reads only the patients with email reminders on
create index reminder_setting_email_idx on reminder_setting (patient_id) where email_on;

-- One row per patient and day a reminder email was claimed for, written before sending: a second run, another
-- instance or a restart finds the row and sends nothing.
create table reminder_sent (
    patient_id bigint      not null references patient (id),
    day        date        not null,
    status     varchar(8)  not null default 'claimed' check (status in ('claimed', 'sent', 'failed')),
    claimed_at timestamptz not null default now(),
    sent_at    timestamptz,
    primary key (patient_id, day)
);
