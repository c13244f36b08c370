-- A workspace's earlier addresses: a link, a bookmark or a calendar subscription to /w/{old}/... leads
-- to the workspace under its new address, for its members, until another workspace takes the old one.
-- A node of the previous version neither writes nor reads it.
create table workspace_earlier_slugs (
    slug         varchar(40) primary key,
    workspace_id bigint not null references workspaces (id) on delete cascade,
    changed_at   timestamp with time zone not null
);
create index ix_workspace_earlier_slugs_workspace on workspace_earlier_slugs (workspace_id);
