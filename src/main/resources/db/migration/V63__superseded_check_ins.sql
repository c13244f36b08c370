-- The check-ins to come that a new rhythm of their cadence cancelled: calendars still get them (as
-- cancelled), the list of check-ins leaves them out.
alter table check_ins add column superseded boolean default false not null;
