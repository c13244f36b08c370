-- each person's visits to a workspace's home page, for "what changed since my last visit":
-- seen_at is the latest time they opened it; previous_seen_at the start of the visit before the
-- current one (null until they come back after a pause), which a reload leaves where it is
create table dashboard_visits (
    user_id          bigint not null references users (id) on delete cascade,
    workspace_id     bigint not null references workspaces (id) on delete cascade,
    seen_at          timestamp with time zone not null,
    previous_seen_at timestamp with time zone,
    constraint pk_dashboard_visits primary key (user_id, workspace_id)
);
