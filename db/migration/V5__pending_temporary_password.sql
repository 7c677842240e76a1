-- The temporary password of a newly issued sign-in, encrypted (AES-GCM with a key derived from
-- PHYSIORX_SESSION_SECRET), kept only until it is printed on the first handout or the patient
-- signs in, whichever comes first.
alter table patient add column pending_password text;
