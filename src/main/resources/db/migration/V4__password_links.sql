-- Identity: one-time links an instance admin creates for a person to choose a password. Only the
-- SHA-256 hash of a link's secret is stored (as for API tokens); the link is shown once.
create sequence password_links_seq start with 1 increment by 50;
create table password_links (
    id          bigint primary key,
    user_id     bigint not null references users (id) on delete cascade,
    created_by  bigint not null references users (id) on delete cascade,
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    ended_at    timestamp with time zone,
    version     bigint not null default 0,
    constraint uk_password_links_hash unique (token_hash)
);
create index ix_password_links_user on password_links (user_id);
