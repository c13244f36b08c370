-- A discovery session's time zone (IANA, such as Europe/Berlin): its page, the list and My work show
-- its times there, and its form takes them there. starts_at and ends_at stay in UTC, so ordering and
-- "upcoming" compare them as before; the sessions planned until now were in UTC.
alter table discovery_sessions add column time_zone varchar(64) default 'UTC' not null;
