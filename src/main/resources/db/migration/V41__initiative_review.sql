-- The IT review of an initiative (technical requirements, hosting needs, infrastructure readiness),
-- whether it was committed without one, whether it has a landing page or form (a campaign with one
-- needs an IT review), and the five information-design steps of a feature, each tied to a user goal.
alter table initiatives add column needs_web_form boolean default false not null;
alter table initiatives add column it_review_skipped boolean default false not null;

-- at most one IT review per initiative, replaced as a whole
create sequence initiative_it_reviews_seq start with 1 increment by 50;
create table initiative_it_reviews (
    id                     bigint primary key,
    initiative_id          bigint not null references initiatives (id) on delete cascade,
    technical_requirements varchar(4000),
    hosting_needs          varchar(4000),
    readiness              varchar(16) not null,
    reviewer_id            bigint not null references users (id),
    reviewed_on            date not null,
    note                   varchar(2000),
    recorded_by            bigint not null references users (id),
    recorded_at            timestamp with time zone not null,
    version                bigint not null default 0,
    constraint uk_initiative_it_reviews unique (initiative_id)
);

-- the answer to one information-design step of a feature, and the user goal it serves
create sequence initiative_design_steps_seq start with 1 increment by 50;
create table initiative_design_steps (
    id            bigint primary key,
    initiative_id bigint not null references initiatives (id) on delete cascade,
    step          varchar(16) not null,
    answer        varchar(1000) not null,
    user_goal_id  bigint references user_goals (id) on delete set null,
    answered_by   bigint not null references users (id),
    answered_at   timestamp with time zone not null,
    version       bigint not null default 0,
    constraint uk_initiative_design_steps unique (initiative_id, step)
);
create index ix_initiative_design_steps_goal on initiative_design_steps (user_goal_id);
