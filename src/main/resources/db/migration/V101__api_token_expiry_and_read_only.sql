-- A personal API token may end on a day its owner chose (expires_at; null: it works until revoked,
-- as every token made until now) and may be made to read only (read_only: GET and HEAD, nothing that
-- changes anything).
alter table api_tokens add column expires_at timestamp with time zone;
alter table api_tokens add column read_only boolean default false not null;
