-- A clinic's logo for the handout header (PNG or JPEG, checked by content on upload).
alter table clinic add column logo bytea;
alter table clinic add column logo_updated_at timestamptz;
