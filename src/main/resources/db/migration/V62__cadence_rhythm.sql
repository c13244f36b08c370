-- A cadence's rhythm (how often, from which first date) can change: the check-ins made before keep
-- their occurrence numbers, and the new rhythm counts its dates from the occurrence it starts at.
alter table checkin_cadences add column first_occurrence integer default 0 not null;
