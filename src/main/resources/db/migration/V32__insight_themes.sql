-- Themes: insights that say the same thing, grouped (by "Group similar insights" or by hand), with
-- a name people can change. An insight is in at most one theme.
create sequence insight_themes_seq start with 1 increment by 50;
create table insight_themes (
    id           bigint primary key,
    workspace_id bigint not null references workspaces (id) on delete cascade,
    name         varchar(120) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint not null default 0,
    constraint uk_insight_themes_name unique (workspace_id, name)
);

-- Where an insight was placed: in a theme (theme_id), or kept out of every theme (theme_id null),
-- and by whom: DISCOVERY (the grouping looked at it) or PERSON (someone put it there or took it
-- out; the grouping never moves it again). An insight without a row was never looked at.
create table insight_theme_placements (
    insight_id   bigint primary key references insights (id) on delete cascade,
    workspace_id bigint not null references workspaces (id) on delete cascade,
    theme_id     bigint references insight_themes (id) on delete set null,
    placed_by    varchar(16) not null,
    placed_at    timestamp with time zone not null,
    version      bigint not null default 0
);
create index ix_insight_theme_placements_theme on insight_theme_placements (theme_id);
create index ix_insight_theme_placements_workspace on insight_theme_placements (workspace_id, theme_id);
