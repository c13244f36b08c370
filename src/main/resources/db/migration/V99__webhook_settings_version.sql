-- The instance's webhook setting is changed from the version it was read at, as every edit is: an
-- admin's change made on an old reading is refused (409) instead of silently undoing another's.
alter table webhook_settings add column version bigint default 0 not null;
