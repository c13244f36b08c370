-- each person's secret calendar link (calendar apps cannot send a bearer token): only a hash of
-- the secret is kept; making a new link replaces the old one, which stops working at once
create table calendar_feeds (
    user_id     bigint primary key references users (id) on delete cascade,
    secret_hash varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint uk_calendar_feeds_secret unique (secret_hash)
);
