-- Discovery sessions: a topic, when, the business goals in question, who is invited (and whether
-- they attended), each involved team's statement of its goals for the topic, and the outcomes
-- (decisions, initiatives created or changed). The discovery module owns V65-V69.
create sequence discovery_sessions_seq start with 1 increment by 50;
create table discovery_sessions (
    id           bigint primary key,
    workspace_id bigint not null references workspaces (id) on delete cascade,
    topic        varchar(200) not null,
    starts_at    timestamp not null,
    ends_at      timestamp not null,
    host_team_id bigint references teams (id) on delete set null,
    created_at   timestamp with time zone not null,
    version      bigint not null default 0,
    constraint ck_discovery_sessions_times check (ends_at > starts_at)
);
create index ix_discovery_sessions_workspace on discovery_sessions (workspace_id, starts_at);
create index ix_discovery_sessions_host on discovery_sessions (host_team_id);

create table discovery_session_goals (
    session_id bigint not null references discovery_sessions (id) on delete cascade,
    goal_id    bigint not null references goals (id) on delete cascade,
    primary key (session_id, goal_id)
);
create index ix_discovery_session_goals_goal on discovery_session_goals (goal_id);

-- attended is null until attendance is recorded
create table discovery_invitees (
    session_id bigint not null references discovery_sessions (id) on delete cascade,
    user_id    bigint not null references users (id) on delete cascade,
    attended   boolean,
    primary key (session_id, user_id)
);
create index ix_discovery_invitees_user on discovery_invitees (user_id);

create sequence discovery_statements_seq start with 1 increment by 50;
create table discovery_statements (
    id         bigint primary key,
    session_id bigint not null references discovery_sessions (id) on delete cascade,
    team_id    bigint not null references teams (id) on delete cascade,
    aim        varchar(2000) not null,
    capacity   double precision,
    version    bigint not null default 0,
    constraint uk_discovery_statements unique (session_id, team_id),
    constraint ck_discovery_statements_capacity check (capacity is null or capacity >= 0)
);
create index ix_discovery_statements_team on discovery_statements (team_id);

create table discovery_statement_goals (
    statement_id bigint not null references discovery_statements (id) on delete cascade,
    goal_id      bigint not null references goals (id) on delete cascade,
    primary key (statement_id, goal_id)
);
create index ix_discovery_statement_goals_goal on discovery_statement_goals (goal_id);

create table discovery_statement_user_goals (
    statement_id bigint not null references discovery_statements (id) on delete cascade,
    user_goal_id bigint not null references user_goals (id) on delete cascade,
    primary key (statement_id, user_goal_id)
);
create index ix_discovery_statement_user_goals on discovery_statement_user_goals (user_goal_id);

-- RAISE, LOWER or GUARD (must not get worse)
create table discovery_statement_kpis (
    statement_id bigint not null references discovery_statements (id) on delete cascade,
    kpi_id       bigint not null references kpis (id) on delete cascade,
    effect       varchar(8) not null,
    primary key (statement_id, kpi_id)
);
create index ix_discovery_statement_kpis_kpi on discovery_statement_kpis (kpi_id);

-- the person-weeks of a team's capacity the statement would need
create table discovery_statement_needs (
    statement_id bigint not null references discovery_statements (id) on delete cascade,
    team_id      bigint not null references teams (id) on delete cascade,
    person_weeks double precision not null,
    primary key (statement_id, team_id),
    constraint ck_discovery_statement_needs check (person_weeks >= 0)
);
create index ix_discovery_statement_needs_team on discovery_statement_needs (team_id);

create sequence discovery_outcomes_seq start with 1 increment by 50;
create table discovery_outcomes (
    id         bigint primary key,
    session_id bigint not null references discovery_sessions (id) on delete cascade,
    kind       varchar(24) not null,
    what       varchar(500) not null,
    why        varchar(2000),
    created_by bigint not null references users (id),
    created_at timestamp with time zone not null
);
create index ix_discovery_outcomes_session on discovery_outcomes (session_id, created_at);

create table discovery_outcome_initiatives (
    outcome_id    bigint not null references discovery_outcomes (id) on delete cascade,
    initiative_id bigint not null references initiatives (id) on delete cascade,
    primary key (outcome_id, initiative_id)
);
create index ix_discovery_outcome_initiatives on discovery_outcome_initiatives (initiative_id);

create table discovery_outcome_goals (
    outcome_id bigint not null references discovery_outcomes (id) on delete cascade,
    goal_id    bigint not null references goals (id) on delete cascade,
    primary key (outcome_id, goal_id)
);
create index ix_discovery_outcome_goals on discovery_outcome_goals (goal_id);
