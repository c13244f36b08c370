-- An opportunity's owning team (issue 12), as touchpoints and pain points have: the journey picture
-- colours it by the team that would take it up, when one is known.
alter table stage_opportunities add column team_id bigint references teams (id) on delete set null;
