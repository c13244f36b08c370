-- Insights: evidence from every team in one place (M4). Links to personas, user goals and journey
-- stages are plain ids in link tables the insight module owns, so either module can land first.
create sequence insights_seq start with 1 increment by 50;
create table insights (
    id                bigint primary key,
    workspace_id      bigint not null references workspaces (id) on delete cascade,
    title             varchar(200) not null,
    body              varchar(20000) not null,
    source_type       varchar(32) not null,
    team_id           bigint references teams (id) on delete set null,
    observed_on       date not null,
    external_ref      varchar(500),
    sentiment         integer not null,
    reach             integer not null,
    evidence_strength varchar(16) not null,
    content_hash      varchar(64) not null,
    created_by        bigint references users (id) on delete set null,
    created_at        timestamp with time zone not null,
    version           bigint not null default 0
);
create index ix_insights_workspace on insights (workspace_id, observed_on);
create index ix_insights_external_ref on insights (workspace_id, external_ref);
create index ix_insights_hash on insights (workspace_id, content_hash);

create table insight_tags (
    insight_id bigint not null references insights (id) on delete cascade,
    tag        varchar(60) not null,
    primary key (insight_id, tag)
);
create table insight_personas (
    insight_id bigint not null references insights (id) on delete cascade,
    persona_id bigint not null,
    primary key (insight_id, persona_id)
);
create table insight_user_goals (
    insight_id   bigint not null references insights (id) on delete cascade,
    user_goal_id bigint not null,
    primary key (insight_id, user_goal_id)
);
create table insight_journey_stages (
    insight_id       bigint not null references insights (id) on delete cascade,
    journey_stage_id bigint not null,
    primary key (insight_id, journey_stage_id)
);
