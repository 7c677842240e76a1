-- Issue 13: at most one unresolved alert per patient. A session that trips several rules, and every later
-- trip while the alert is unresolved, adds a reason to that one alert; the alert's severity, rule and detail
-- are those of its most severe reason (the earliest of equal severity). Acknowledged once, resolved once.

create function alert_severity_rank(severity varchar) returns integer immutable language sql as $$
    select case severity when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end
$$;

-- Every reason an alert was raised for: the rule, the values that tripped it and the session (none for the
-- daily "no sessions" check).
create table alert_reason (
    id          bigserial    primary key,
    alert_id    bigint       not null references alert (id),
    rule        varchar(16)  not null check (rule in ('PAIN_THRESHOLD', 'PAIN_RISE', 'RED_FLAG', 'NO_SESSIONS')),
    severity    varchar(8)   not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    detail      varchar(500) not null,
    session_id  bigint       references progress_session (id),
    raised_at   timestamptz  not null default now()
);
create index alert_reason_alert_idx on alert_reason (alert_id, id);
create index alert_reason_session_idx on alert_reason (session_id);

-- The reasons of every existing alert: one per session that tripped it, or its last detail when no session did.
insert into alert_reason (alert_id, rule, severity, detail, session_id, raised_at)
select a.id, a.rule, a.severity, t.detail, t.session_id, s.logged_at
from alert a join alert_session t on t.alert_id = a.id join progress_session s on s.id = t.session_id
order by s.logged_at, t.session_id;
insert into alert_reason (alert_id, rule, severity, detail, session_id, raised_at)
select a.id, a.rule, a.severity, a.detail, null, a.last_raised_at
from alert a where not exists (select 1 from alert_session t where t.alert_id = a.id);

-- Several unresolved alerts of one patient become one: the most severe (then the oldest) keeps its id and
-- takes the others' reasons, sessions and history; it stays open if any of them was open.
create temporary table alert_merge on commit drop as
select a.id, first_value(a.id) over w as keeper
from alert a where a.status <> 'RESOLVED'
window w as (partition by a.patient_id order by alert_severity_rank(a.severity) desc, a.raised_at, a.id);
delete from alert_merge where id = keeper;

update alert k set
    status = case when exists (select 1 from alert o join alert_merge m on m.id = o.id
                               where m.keeper = k.id and o.status = 'OPEN') then 'OPEN' else k.status end,
    raised_at = least(k.raised_at, (select min(o.raised_at) from alert o join alert_merge m on m.id = o.id where m.keeper = k.id)),
    last_raised_at = greatest(k.last_raised_at,
                              (select max(o.last_raised_at) from alert o join alert_merge m on m.id = o.id where m.keeper = k.id)),
    first_session_id = coalesce(k.first_session_id,
                                (select min(o.first_session_id) from alert o join alert_merge m on m.id = o.id where m.keeper = k.id)),
    version = k.version + 1
where k.id in (select keeper from alert_merge);
update alert k set acknowledged_at = null, acknowledged_by = null
where k.status = 'OPEN' and k.id in (select keeper from alert_merge);

update alert_reason r set alert_id = m.keeper from alert_merge m where r.alert_id = m.id;
update alert_event e set alert_id = m.keeper from alert_merge m where e.alert_id = m.id;
delete from alert_session t using alert_merge m
where t.alert_id = m.id and exists (select 1 from alert_session k where k.alert_id = m.keeper and k.session_id = t.session_id);
update alert_session t set alert_id = m.keeper from alert_merge m where t.alert_id = m.id;
delete from alert a using alert_merge m where a.id = m.id;

-- the last session and the count follow the reasons
update alert a set
    occurrences = greatest(1, (select count(*) from alert_reason r where r.alert_id = a.id)),
    last_session_id = coalesce((select r.session_id from alert_reason r where r.alert_id = a.id and r.session_id is not null
                                order by r.raised_at desc, r.id desc limit 1), a.last_session_id);

-- One unresolved alert per patient (was: per patient and rule).
drop index alert_unresolved_uq;
create unique index alert_unresolved_uq on alert (patient_id) where status <> 'RESOLVED';

-- alert_reason replaces alert_session (kept for the rows above, no longer written).
comment on table alert_session is 'Before V13: the sessions that tripped an alert. Read alert_reason instead.';

-- A reason added to an alert; a more severe one after acknowledgement reopens it.
alter table alert_event drop constraint alert_event_action_check;
alter table alert_event add constraint alert_event_action_check
    check (action in ('RAISED', 'REPEATED', 'REOPENED', 'ACKNOWLEDGED', 'RESOLVED'));
