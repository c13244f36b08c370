-- Cross-team reviews (M10): a piece of work a team asks other teams to look at (a design review, a
-- campaign brainstorm, an initiative review), the reviewers invited to it with their verdict, and
-- the comment thread. The review module owns V70-V74.
create sequence reviews_seq start with 1 increment by 50;
create table reviews (
    id            bigint primary key,
    workspace_id  bigint not null references workspaces (id) on delete cascade,
    kind          varchar(24) not null,
    title         varchar(200) not null,
    description   varchar(4000),
    -- an initiative of the same workspace, if the review is about one
    initiative_id bigint references initiatives (id) on delete set null,
    link          varchar(2000),
    -- the team whose work it is: required when created or replaced, cleared when the team is deleted
    team_id       bigint references teams (id) on delete set null,
    requested_by  bigint not null references users (id),
    due_date      date,
    state         varchar(8) not null,
    created_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create index ix_reviews_workspace on reviews (workspace_id, state, created_at);
create index ix_reviews_team on reviews (team_id);
create index ix_reviews_initiative on reviews (initiative_id);

-- who is invited to review, and their verdict once given (a reason for concerns and block)
create sequence review_reviewers_seq start with 1 increment by 50;
create table review_reviewers (
    id             bigint primary key,
    review_id      bigint not null references reviews (id) on delete cascade,
    user_id        bigint not null references users (id) on delete cascade,
    invited_by     bigint not null references users (id),
    invited_at     timestamp with time zone not null,
    verdict        varchar(8),
    verdict_reason varchar(1000),
    verdict_at     timestamp with time zone,
    constraint uq_review_reviewers unique (review_id, user_id)
);
create index ix_review_reviewers_user on review_reviewers (user_id, verdict);

-- the thread: anyone who may change the workspace comments; reviewers' comments count as taking part
create sequence review_comments_seq start with 1 increment by 50;
create table review_comments (
    id         bigint primary key,
    review_id  bigint not null references reviews (id) on delete cascade,
    author_id  bigint not null references users (id) on delete cascade,
    body       varchar(4000) not null,
    created_at timestamp with time zone not null
);
create index ix_review_comments_review on review_comments (review_id, created_at);
