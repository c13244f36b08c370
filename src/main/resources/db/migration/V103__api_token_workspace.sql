-- A personal API token may be made for one workspace (workspace_id; null: every workspace its owner
-- is a member of, as every token made until now). It goes with its workspace.
alter table api_tokens add column workspace_id bigint references workspaces (id) on delete cascade;
