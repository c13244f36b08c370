-- Initiatives: work any team proposes, with one accountable owner, dates, effort per team,
-- contributors with a RACI role, the history of its status, and typed dependencies between
-- initiatives (which one provides what another needs, by when). The initiative module owns V40-V49.
create sequence initiatives_seq start with 1 increment by 50;
create table initiatives (
    id                bigint primary key,
    workspace_id      bigint not null references workspaces (id) on delete cascade,
    title             varchar(200) not null,
    description       varchar(20000),
    kind              varchar(16) not null,
    -- required when proposed or replaced; cleared when the team is deleted
    proposing_team_id bigint references teams (id) on delete set null,
    owner_user_id     bigint not null references users (id),
    start_date        date not null,
    due_date          date not null,
    confidence        varchar(8) not null,
    status            varchar(16) not null,
    created_at        timestamp with time zone not null,
    version           bigint not null default 0,
    constraint ck_initiatives_dates check (due_date >= start_date)
);
create index ix_initiatives_workspace on initiatives (workspace_id, start_date);
create index ix_initiatives_proposing_team on initiatives (proposing_team_id);

-- what each team puts in, in person-weeks
create table initiative_efforts (
    initiative_id bigint not null references initiatives (id) on delete cascade,
    team_id       bigint not null references teams (id) on delete cascade,
    person_weeks  double precision not null,
    primary key (initiative_id, team_id),
    constraint ck_initiative_efforts_positive check (person_weeks >= 0)
);
create index ix_initiative_efforts_team on initiative_efforts (team_id);

-- people who work on it besides the owner (who is accountable): responsible, consulted, informed
create table initiative_contributors (
    initiative_id bigint not null references initiatives (id) on delete cascade,
    user_id       bigint not null references users (id) on delete cascade,
    team_id       bigint references teams (id) on delete set null,
    role          varchar(16) not null,
    primary key (initiative_id, user_id)
);
create index ix_initiative_contributors_team on initiative_contributors (team_id);

-- every status an initiative went through: who moved it, when, from what, to what, and why
create sequence initiative_status_changes_seq start with 1 increment by 50;
create table initiative_status_changes (
    id            bigint primary key,
    initiative_id bigint not null references initiatives (id) on delete cascade,
    changed_by    bigint not null references users (id),
    changed_at    timestamp with time zone not null,
    from_status   varchar(16),
    to_status     varchar(16) not null,
    reason        varchar(1000)
);
create index ix_initiative_status_changes on initiative_status_changes (initiative_id, changed_at);

-- the dependant needs something (of a kind) from the provider, handed off by a day
create sequence initiative_dependencies_seq start with 1 increment by 50;
create table initiative_dependencies (
    id            bigint primary key,
    workspace_id  bigint not null references workspaces (id) on delete cascade,
    dependant_id  bigint not null references initiatives (id) on delete cascade,
    provider_id   bigint not null references initiatives (id) on delete cascade,
    kind          varchar(24) not null,
    handoff_due   date not null,
    state         varchar(16) not null,
    created_at    timestamp with time zone not null,
    delivered_at  timestamp with time zone,
    delivered_by  bigint references users (id),
    version       bigint not null default 0,
    constraint uk_initiative_dependencies unique (dependant_id, provider_id, kind),
    constraint ck_initiative_dependencies_self check (dependant_id <> provider_id)
);
create index ix_initiative_dependencies_workspace on initiative_dependencies (workspace_id, state);
create index ix_initiative_dependencies_provider on initiative_dependencies (provider_id);
