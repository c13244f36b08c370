-- Workspaces, their members with a role, teams and team membership.
create sequence workspaces_seq start with 1 increment by 50;
create table workspaces (
    id         bigint primary key,
    name       varchar(100) not null,
    slug       varchar(40) not null,
    created_at timestamp with time zone not null,
    version    bigint not null default 0,
    constraint uk_workspaces_slug unique (slug)
);

create sequence workspace_members_seq start with 1 increment by 50;
create table workspace_members (
    id           bigint primary key,
    workspace_id bigint not null references workspaces (id) on delete cascade,
    user_id      bigint not null references users (id) on delete cascade,
    role         varchar(16) not null,
    created_at   timestamp with time zone not null,
    version      bigint not null default 0,
    constraint uk_workspace_members unique (workspace_id, user_id)
);
create index ix_workspace_members_user on workspace_members (user_id);

create sequence teams_seq start with 1 increment by 50;
create table teams (
    id           bigint primary key,
    workspace_id bigint not null references workspaces (id) on delete cascade,
    name         varchar(80) not null,
    name_key     varchar(80) not null,
    description  varchar(500),
    created_at   timestamp with time zone not null,
    version      bigint not null default 0,
    constraint uk_teams_name unique (workspace_id, name_key)
);

create sequence team_members_seq start with 1 increment by 50;
create table team_members (
    id          bigint primary key,
    team_id     bigint not null references teams (id) on delete cascade,
    user_id     bigint not null references users (id) on delete cascade,
    involvement varchar(16) not null,
    version     bigint not null default 0,
    constraint uk_team_members unique (team_id, user_id)
);
create index ix_team_members_user on team_members (user_id);
