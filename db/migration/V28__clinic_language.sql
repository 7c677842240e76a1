-- The language of a clinic's staff portal (therapists and clinic admins), chosen by its clinic admins in the
-- clinic settings: English or Spanish. Patients keep their own language (patient.language).
alter table clinic add column language varchar(2) not null default 'en' check (language in ('en','es'));
