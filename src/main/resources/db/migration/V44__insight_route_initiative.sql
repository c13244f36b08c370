-- A team can close a routed insight with the initiative that acts on it. The id is kept without a
-- foreign key: the insight module does not depend on the initiative module's tables, and a route
-- whose initiative is gone shows its outcome only.
alter table insight_routes add column initiative_id bigint;
