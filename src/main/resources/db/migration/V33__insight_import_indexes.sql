-- An import finds duplicates through fingerprints it holds in memory and confirms each one by the
-- insight's id (KnownContent), so the indexes on external reference and content hash go: their keys
-- come in random order, and keeping them up to date was the slowest part of a large import.
-- The workspace's insights are read by creation time ("new since"), so that index replaces the one
-- on the observed day (searches and lists by day use the full-text index).
drop index ix_insights_external_ref;
drop index ix_insights_hash;
drop index ix_insights_workspace;
create index ix_insights_workspace_created on insights (workspace_id, created_at);
