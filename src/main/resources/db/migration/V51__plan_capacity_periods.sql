-- a team's weekly capacity in particular weeks (a holiday at 0, a sprint with extra people): it
-- overrides the team's usual capacity in every week the period touches; the first listed wins
create table plan_capacity_periods (
    workspace_id bigint not null references workspaces (id) on delete cascade,
    position     integer not null,
    team_id      bigint not null references teams (id) on delete cascade,
    starts_on    date not null,
    ends_on      date not null,
    person_weeks double precision not null,
    primary key (workspace_id, position),
    constraint ck_plan_capacity_periods check (ends_on >= starts_on and person_weeks >= 0)
);
