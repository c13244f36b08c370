-- The plan's settings per workspace (scoring model, ICE mode, custom formula), the weight of each
-- business goal and the weekly capacity of each team, and saved plans (snapshots) with the rank,
-- score and planned dates of each initiative and the conflicts of the day. The planning module owns
-- V50-V59.
create table plan_settings (
    workspace_id bigint primary key references workspaces (id) on delete cascade,
    model        varchar(24) not null,
    ice_mode     varchar(16) not null,
    formula      varchar(500),
    version      bigint not null default 0
);

-- 1 (nice to have) to 5 (what the business lives on); a goal without a row weighs 3
create table plan_goal_weights (
    workspace_id bigint not null references workspaces (id) on delete cascade,
    goal_id      bigint not null references goals (id) on delete cascade,
    weight       integer not null,
    primary key (workspace_id, goal_id),
    constraint ck_plan_goal_weights check (weight between 1 and 5)
);

-- person-weeks of work a team can do each week; a team without a row does not limit the plan
create table plan_team_capacities (
    workspace_id    bigint not null references workspaces (id) on delete cascade,
    team_id         bigint not null references teams (id) on delete cascade,
    person_weeks    double precision not null,
    primary key (workspace_id, team_id),
    constraint ck_plan_team_capacities check (person_weeks > 0)
);

create sequence plan_snapshots_seq start with 1 increment by 50;
create table plan_snapshots (
    id               bigint primary key,
    workspace_id     bigint not null references workspaces (id) on delete cascade,
    name             varchar(200) not null,
    model            varchar(24) not null,
    taken_at         timestamp with time zone not null,
    taken_by         bigint references users (id) on delete set null,
    initiative_count integer not null,
    conflict_count   integer not null
);
create index ix_plan_snapshots_workspace on plan_snapshots (workspace_id, taken_at);

-- the initiative may since have been deleted: its id and title are kept as they were
create table plan_snapshot_items (
    snapshot_id   bigint not null references plan_snapshots (id) on delete cascade,
    initiative_id bigint not null,
    title         varchar(200) not null,
    rank_no       integer not null,
    score         double precision not null,
    planned_start date not null,
    planned_end   date not null,
    primary key (snapshot_id, initiative_id)
);

create table plan_snapshot_conflicts (
    snapshot_id    bigint not null references plan_snapshots (id) on delete cascade,
    position       integer not null,
    kind           varchar(40) not null,
    reason         varchar(4000) not null,
    initiative_ids varchar(4000) not null,
    primary key (snapshot_id, position)
);
