-- The dashboard's evidence flow counts the insights each team captured in the last 30 or 90 days and
-- where their routes went (EvidenceFlowCounts). The insights' index on workspace and creation time
-- grows the team, so the counts per team come from the index without reading a row (the "new since"
-- reads keep using its first two columns); the routes get an index on workspace and routing time, so
-- the routes of the period are found without walking every insight of it.
drop index ix_insights_workspace_created;
create index ix_insights_workspace_created on insights (workspace_id, created_at, team_id);
create index ix_insight_routes_workspace_routed on insight_routes (workspace_id, routed_at);
