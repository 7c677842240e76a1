-- The audit pages filter by clinic (and time) or by patient; no query reads by resource or by subject
-- alone (the user filter runs inside the clinic's range). Two fewer indexes to keep on every insert.
drop index audit_event_resource_idx;
drop index audit_event_subject_at_idx;
