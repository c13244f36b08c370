-- Check-ins (M9): cadences, their generated and editable dates with a stable UID and a SEQUENCE for
-- calendars, each check-in's agenda, and the minutes: attendance, decisions and action items.
create sequence checkin_cadences_seq start with 1 increment by 50;
create table checkin_cadences (
    id               bigint primary key,
    workspace_id     bigint not null references workspaces (id) on delete cascade,
    goal_id          bigint,
    host_team_id     bigint,
    title            varchar(200) not null,
    frequency        varchar(20) not null,
    first_date       date not null,
    start_time       time not null,
    duration_minutes integer not null,
    place            varchar(500),
    time_zone        varchar(60) not null,
    created_at       timestamp with time zone not null,
    version          bigint not null default 0
);
create index ix_checkin_cadences_workspace on checkin_cadences (workspace_id);

create sequence check_ins_seq start with 1 increment by 50;
create table check_ins (
    id                  bigint primary key,
    workspace_id        bigint not null references workspaces (id) on delete cascade,
    cadence_id          bigint not null references checkin_cadences (id) on delete cascade,
    occurrence          integer not null,
    uid                 varchar(100) not null,
    sequence_number     integer not null,
    starts_on           date not null,
    start_time          time not null,
    duration_minutes    integer not null,
    starts_at           timestamp with time zone not null,
    place               varchar(500),
    state               varchar(20) not null,
    moved               boolean not null,
    agenda_generated_at timestamp with time zone,
    created_at          timestamp with time zone not null,
    version             bigint not null default 0,
    constraint uk_check_ins_uid unique (uid),
    constraint uk_check_ins_occurrence unique (cadence_id, occurrence)
);
create index ix_check_ins_workspace_start on check_ins (workspace_id, starts_at);

create table check_in_attendees (
    check_in_id bigint not null references check_ins (id) on delete cascade,
    user_id     bigint not null references users (id) on delete cascade,
    constraint pk_check_in_attendees primary key (check_in_id, user_id)
);
create index ix_check_in_attendees_user on check_in_attendees (user_id);

-- the teams the attendees were in when their attendance was recorded: who took part, for the
-- participation matrix
create table check_in_attendee_teams (
    check_in_id bigint not null references check_ins (id) on delete cascade,
    team_id     bigint not null references teams (id) on delete cascade,
    constraint pk_check_in_attendee_teams primary key (check_in_id, team_id)
);

create sequence check_in_agenda_items_seq start with 1 increment by 50;
create table check_in_agenda_items (
    id            bigint primary key,
    check_in_id   bigint not null references check_ins (id) on delete cascade,
    section       varchar(40) not null,
    title         varchar(300) not null,
    detail        varchar(1000),
    path          varchar(500),
    team_id       bigint,
    position      integer not null,
    added_by      bigint,
    entry_key     varchar(900),
    removed       boolean not null,
    notes         varchar(4000),
    version       bigint not null default 0
);
create index ix_check_in_agenda_items_check_in on check_in_agenda_items (check_in_id);

create sequence check_in_decisions_seq start with 1 increment by 50;
create table check_in_decisions (
    id            bigint primary key,
    workspace_id  bigint not null references workspaces (id) on delete cascade,
    check_in_id   bigint not null references check_ins (id) on delete cascade,
    what          varchar(500) not null,
    why           varchar(4000),
    reprioritised varchar(1000),
    due_date      date,
    state         varchar(10) not null,
    created_by    bigint not null,
    created_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create index ix_check_in_decisions_workspace on check_in_decisions (workspace_id, state, due_date);
create index ix_check_in_decisions_check_in on check_in_decisions (check_in_id);

create table check_in_decision_initiatives (
    decision_id   bigint not null references check_in_decisions (id) on delete cascade,
    initiative_id bigint not null,
    constraint pk_check_in_decision_initiatives primary key (decision_id, initiative_id)
);

create table check_in_decision_goals (
    decision_id bigint not null references check_in_decisions (id) on delete cascade,
    goal_id     bigint not null,
    constraint pk_check_in_decision_goals primary key (decision_id, goal_id)
);

create sequence check_in_action_items_seq start with 1 increment by 50;
create table check_in_action_items (
    id            bigint primary key,
    workspace_id  bigint not null references workspaces (id) on delete cascade,
    check_in_id   bigint not null references check_ins (id) on delete cascade,
    text          varchar(1000) not null,
    owner_user_id bigint not null references users (id) on delete cascade,
    due_date      date,
    state         varchar(10) not null,
    created_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create index ix_check_in_action_items_owner on check_in_action_items (owner_user_id, state, due_date);
create index ix_check_in_action_items_check_in on check_in_action_items (check_in_id);
