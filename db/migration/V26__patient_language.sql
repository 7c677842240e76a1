-- The language of everything the patient reads (issue 20): English or Spanish, set by the therapist.
alter table patient add column language varchar(5) not null default 'en' check (language in ('en', 'es'));
