-- Routing: rules per team that send new insights to the teams that can act on them, and each
-- team's inbox of routed insights (new, acknowledged, closed with what the team did).
create sequence routing_rules_seq start with 1 increment by 50;
create table routing_rules (
    id               bigint primary key,
    workspace_id     bigint not null references workspaces (id) on delete cascade,
    team_id          bigint not null references teams (id) on delete cascade,
    source_type      varchar(32),
    tag              varchar(60),
    persona_id       bigint,
    user_goal_id     bigint,
    journey_stage_id bigint,
    words            varchar(200),
    created_at       timestamp with time zone not null,
    version          bigint not null default 0
);
create index ix_routing_rules_workspace on routing_rules (workspace_id);

create sequence insight_routes_seq start with 1 increment by 50;
create table insight_routes (
    id               bigint primary key,
    workspace_id     bigint not null references workspaces (id) on delete cascade,
    insight_id       bigint not null references insights (id) on delete cascade,
    team_id          bigint not null references teams (id) on delete cascade,
    note             varchar(500),
    rule_id          bigint,
    routed_by        bigint,
    status           varchar(16) not null,
    routed_at        timestamp with time zone not null,
    acknowledged_at  timestamp with time zone,
    acknowledged_by  bigint,
    closed_at        timestamp with time zone,
    closed_by        bigint,
    outcome          varchar(2000),
    version          bigint not null default 0,
    constraint uk_insight_routes unique (insight_id, team_id)
);
create index ix_insight_routes_team on insight_routes (team_id, status);
