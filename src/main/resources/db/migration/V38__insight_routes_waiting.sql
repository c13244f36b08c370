-- "Insights for my teams" (Home and My work) lists a team's routes that wait for acknowledgement, the
-- longest waiting first. With routing time and id after team and status in the index, each team's
-- oldest waiting routes are read in order and the read stops at the limit, instead of reading and
-- sorting every waiting route of the team (tens of thousands in a busy workspace). It replaces V31's
-- index on team and status, which every other read by team and status uses as its first two columns:
-- with both, H2 chose the shorter one and sorted.
drop index ix_insight_routes_team;
create index ix_insight_routes_waiting on insight_routes (team_id, status, routed_at, id);

-- The dashboard's evidence flow reads the routes of the last 30 or 90 days: with the insight, team and
-- both times in the index on workspace and routing time, the read never touches a route row (V37's
-- two-column index is replaced by this one).
drop index ix_insight_routes_workspace_routed;
create index ix_insight_routes_workspace_routed on insight_routes (workspace_id, routed_at, insight_id, team_id, acknowledged_at);
