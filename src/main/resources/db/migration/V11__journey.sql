-- Journey maps: per persona and scenario, ordered stages with touchpoints, pain points, opportunities.
create sequence journeys_seq start with 1 increment by 50;
create table journeys (
    id           bigint primary key,
    workspace_id bigint not null references workspaces (id) on delete cascade,
    persona_id   bigint not null references personas (id) on delete cascade,
    name         varchar(120) not null,
    scenario     varchar(300),
    created_at   timestamp with time zone not null,
    version      bigint not null default 0
);
create index ix_journeys_workspace on journeys (workspace_id);
create index ix_journeys_persona on journeys (persona_id);

create sequence journey_stages_seq start with 1 increment by 50;
create table journey_stages (
    id         bigint primary key,
    journey_id bigint not null references journeys (id) on delete cascade,
    position   integer,
    name       varchar(80) not null,
    doing      varchar(500),
    thinking   varchar(500),
    emotion    integer not null,
    version    bigint not null default 0
);
create index ix_journey_stages_journey on journey_stages (journey_id);

create table stage_touchpoints (
    stage_id bigint not null references journey_stages (id) on delete cascade,
    position integer not null,
    channel  varchar(80) not null,
    team_id  bigint references teams (id) on delete set null,
    primary key (stage_id, position)
);

create table stage_opportunities (
    stage_id bigint not null references journey_stages (id) on delete cascade,
    position integer not null,
    line     varchar(300) not null,
    primary key (stage_id, position)
);

create sequence pain_points_seq start with 1 increment by 50;
create table pain_points (
    id           bigint primary key,
    stage_id     bigint not null references journey_stages (id) on delete cascade,
    position     integer,
    line         varchar(300) not null,
    severity     integer not null,
    user_goal_id bigint references user_goals (id) on delete set null,
    version      bigint not null default 0
);
create index ix_pain_points_stage on pain_points (stage_id);

-- Insights that prove a pain point: filled by the insight module later; no foreign key yet.
create table pain_point_evidence (
    pain_point_id bigint not null references pain_points (id) on delete cascade,
    insight_id    bigint not null,
    primary key (pain_point_id, insight_id)
);
create index ix_pain_point_evidence_insight on pain_point_evidence (insight_id);
