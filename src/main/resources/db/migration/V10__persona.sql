-- Personas (team and shared), the team personas a shared persona was built from, and user goals.
create sequence personas_seq start with 1 increment by 50;
create table personas (
    id           bigint primary key,
    workspace_id bigint not null references workspaces (id) on delete cascade,
    name         varchar(100) not null,
    summary      varchar(500),
    kind         varchar(16) not null,
    team_id      bigint references teams (id) on delete set null,
    quote        varchar(500),
    created_at   timestamp with time zone not null,
    version      bigint not null default 0
);
create index ix_personas_workspace on personas (workspace_id);

create table persona_facts (
    persona_id bigint not null references personas (id) on delete cascade,
    position   integer not null,
    label      varchar(60) not null,
    fact_value varchar(200) not null,
    primary key (persona_id, position)
);

create table persona_motivations (
    persona_id bigint not null references personas (id) on delete cascade,
    position   integer not null,
    line       varchar(300) not null,
    primary key (persona_id, position)
);

create table persona_frustrations (
    persona_id bigint not null references personas (id) on delete cascade,
    position   integer not null,
    line       varchar(300) not null,
    primary key (persona_id, position)
);

create table persona_goals (
    persona_id bigint not null references personas (id) on delete cascade,
    position   integer not null,
    line       varchar(300) not null,
    primary key (persona_id, position)
);

-- A shared persona records the team personas it was built from (deleting a source is refused).
create table persona_sources (
    persona_id        bigint not null references personas (id) on delete cascade,
    source_persona_id bigint not null references personas (id) on delete cascade,
    primary key (persona_id, source_persona_id)
);

create sequence user_goals_seq start with 1 increment by 50;
create table user_goals (
    id           bigint primary key,
    workspace_id bigint not null references workspaces (id) on delete cascade,
    persona_id   bigint not null references personas (id) on delete cascade,
    sentence     varchar(300) not null,
    importance   integer not null,
    how_we_know  varchar(500),
    created_at   timestamp with time zone not null,
    version      bigint not null default 0
);
create index ix_user_goals_persona on user_goals (persona_id);
create index ix_user_goals_workspace on user_goals (workspace_id);

-- "How we know": filled by the insight module later; insight_id has no foreign key yet.
create table user_goal_evidence (
    user_goal_id bigint not null references user_goals (id) on delete cascade,
    insight_id   bigint not null,
    primary key (user_goal_id, insight_id)
);
create index ix_user_goal_evidence_insight on user_goal_evidence (insight_id);
