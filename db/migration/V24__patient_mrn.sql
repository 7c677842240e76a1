-- The clinic's own patient identifier (medical record number), so that a record sent to the clinic's EHR can be
-- matched. Optional; unique within a clinic (two clinics may use the same number). The index also serves the
-- caseload search by number and the service's uniqueness check.
alter table patient add column mrn varchar(40) check (mrn ~ '^[A-Za-z0-9][A-Za-z0-9._/-]*$');
create unique index patient_clinic_mrn_uq on patient (clinic_id, mrn) where mrn is not null;
