-- An instance admin may deactivate an account (deactivated_at): its person can no longer sign in,
-- their browser sessions end at their next page and their API tokens are refused, until an instance
-- admin reactivates it. Every account until now is active.
alter table users add column deactivated_at timestamp with time zone;
