-- Business goals (with sub-goals), the KPIs that measure them, the teams that share both, and
-- the KPIs' dated measurements.
create sequence goals_seq start with 1 increment by 50;
create table goals (
    id            bigint primary key,
    workspace_id  bigint not null references workspaces (id) on delete cascade,
    parent_id     bigint references goals (id) on delete set null,
    title         varchar(200) not null,
    description   varchar(4000),
    period_start  date not null,
    period_end    date not null,
    status        varchar(16) not null,
    owner_user_id bigint references users (id) on delete set null,
    created_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create index ix_goals_workspace on goals (workspace_id);
create index ix_goals_parent on goals (parent_id);

create table goal_teams (
    goal_id bigint not null references goals (id) on delete cascade,
    team_id bigint not null references teams (id) on delete cascade,
    primary key (goal_id, team_id)
);
create index ix_goal_teams_team on goal_teams (team_id);

create sequence kpis_seq start with 1 increment by 50;
create table kpis (
    id             bigint primary key,
    workspace_id   bigint not null references workspaces (id) on delete cascade,
    name           varchar(120) not null,
    name_key       varchar(120) not null,
    unit           varchar(16) not null,
    direction      varchar(24) not null,
    baseline_value double precision not null,
    baseline_date  date not null,
    target_value   double precision not null,
    target_date    date not null,
    guardrail_min  double precision,
    guardrail_max  double precision,
    data_source    varchar(1000),
    health         varchar(24) not null,
    created_at     timestamp with time zone not null,
    version        bigint not null default 0,
    constraint uk_kpis_name unique (workspace_id, name_key)
);

create table kpi_teams (
    kpi_id  bigint not null references kpis (id) on delete cascade,
    team_id bigint not null references teams (id) on delete cascade,
    primary key (kpi_id, team_id)
);
create index ix_kpi_teams_team on kpi_teams (team_id);

create table kpi_goals (
    kpi_id  bigint not null references kpis (id) on delete cascade,
    goal_id bigint not null references goals (id) on delete cascade,
    primary key (kpi_id, goal_id)
);
create index ix_kpi_goals_goal on kpi_goals (goal_id);

create sequence kpi_measurements_seq start with 1 increment by 50;
create table kpi_measurements (
    id          bigint primary key,
    kpi_id      bigint not null references kpis (id) on delete cascade,
    measured_on date not null,
    measured    double precision not null,
    note        varchar(500),
    source      varchar(16) not null,
    recorded_at timestamp with time zone not null,
    version     bigint not null default 0,
    constraint uk_kpi_measurements_day unique (kpi_id, measured_on)
);
