-- What an initiative serves and what backs it, each link readable from both sides: the business
-- goals it serves (with an expected change of one of the goal's KPIs), the user goals it helps or
-- hurts (how much, 1-3), the insights that back it, and the journey stages and pain points it
-- addresses. Deleting either side deletes the link.

-- a business goal it serves; with a KPI of that goal, the change it is expected to bring (in the
-- KPI's unit) by a day (none: by the initiative's due date)
-- (a deleted KPI leaves the goal link without it)
create table initiative_goal_link (
    initiative_id   bigint not null references initiatives (id) on delete cascade,
    goal_id         bigint not null references goals (id) on delete cascade,
    kpi_id          bigint references kpis (id) on delete set null,
    expected_change numeric(19, 4),
    by_date         date,
    primary key (initiative_id, goal_id)
);
create index ix_initiative_goal_link_goal on initiative_goal_link (goal_id);
create index ix_initiative_goal_link_kpi on initiative_goal_link (kpi_id);

-- a user goal it helps or hurts, and how much (1 a little, 3 a lot)
create table initiative_user_goal_link (
    initiative_id bigint not null references initiatives (id) on delete cascade,
    user_goal_id  bigint not null references user_goals (id) on delete cascade,
    effect        varchar(8) not null,
    strength      integer not null,
    primary key (initiative_id, user_goal_id),
    constraint ck_initiative_user_goal_link_effect check (effect in ('HELPS', 'HURTS')),
    constraint ck_initiative_user_goal_link_strength check (strength between 1 and 3)
);
create index ix_initiative_user_goal_link_goal on initiative_user_goal_link (user_goal_id);

-- an insight that backs it (its evidence)
create table initiative_insight_link (
    initiative_id bigint not null references initiatives (id) on delete cascade,
    insight_id    bigint not null references insights (id) on delete cascade,
    primary key (initiative_id, insight_id)
);
create index ix_initiative_insight_link_insight on initiative_insight_link (insight_id);

-- a journey stage it addresses
create table initiative_stage_link (
    initiative_id bigint not null references initiatives (id) on delete cascade,
    stage_id      bigint not null references journey_stages (id) on delete cascade,
    primary key (initiative_id, stage_id)
);
create index ix_initiative_stage_link_stage on initiative_stage_link (stage_id);

-- a pain point it addresses
create table initiative_pain_point_link (
    initiative_id bigint not null references initiatives (id) on delete cascade,
    pain_point_id bigint not null references pain_points (id) on delete cascade,
    primary key (initiative_id, pain_point_id)
);
create index ix_initiative_pain_point_link_pain_point on initiative_pain_point_link (pain_point_id);
