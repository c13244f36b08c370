-- Identity: people who sign in, and their personal API tokens.
create sequence users_seq start with 1 increment by 50;
create table users (
    id             bigint primary key,
    email          varchar(254) not null,
    display_name   varchar(120) not null,
    password_hash  varchar(200) not null,
    instance_admin boolean not null default false,
    failed_logins  integer not null default 0,
    locked_until   timestamp with time zone,
    created_at     timestamp with time zone not null,
    version        bigint not null default 0,
    constraint uk_users_email unique (email)
);

create sequence api_tokens_seq start with 1 increment by 50;
create table api_tokens (
    id           bigint primary key,
    user_id      bigint not null references users (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64) not null,
    prefix       varchar(16) not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    version      bigint not null default 0,
    constraint uk_api_tokens_hash unique (token_hash)
);
create index ix_api_tokens_user on api_tokens (user_id);
