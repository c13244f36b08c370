-- each team's alignment score as the dashboard computed it, one row per team and day (the last
-- computation of the day wins): the trend over the last check-ins reads the score of the latest day
-- on or before each check-in's date
create table dashboard_alignment_scores (
    workspace_id bigint           not null references workspaces (id) on delete cascade,
    team_id      bigint           not null references teams (id) on delete cascade,
    scored_on    date             not null,
    score        double precision not null,
    traced_weeks double precision not null,
    total_weeks  double precision not null,
    constraint pk_dashboard_alignment_scores primary key (workspace_id, team_id, scored_on)
);
