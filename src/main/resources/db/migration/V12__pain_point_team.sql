-- A pain point's owning team (issue 12): the journey picture colours a pain point by the team that
-- can fix it, when one is known, instead of by the stage's first touchpoint.
alter table pain_points add column team_id bigint references teams (id) on delete set null;
