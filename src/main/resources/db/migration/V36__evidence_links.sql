-- Evidence links both ways (issue 12). The insight module links an insight to the user goals and
-- pain points it proves in the tables V10 and V11 made for that, so a link disappears with its user
-- goal or pain point (their foreign keys cascade) and with its insight (the keys added here).
-- insight_user_goals, which held the same links without a key on the user goal, goes; links to user
-- goals that are gone, or that are another workspace's, are not carried over.
insert into user_goal_evidence (user_goal_id, insight_id)
select l.user_goal_id, l.insight_id
from insight_user_goals l
join insights i on i.id = l.insight_id
join user_goals g on g.id = l.user_goal_id and g.workspace_id = i.workspace_id;
drop table insight_user_goals;

alter table user_goal_evidence
    add constraint fk_user_goal_evidence_insight foreign key (insight_id) references insights (id) on delete cascade;
alter table pain_point_evidence
    add constraint fk_pain_point_evidence_insight foreign key (insight_id) references insights (id) on delete cascade;

-- "the insights that prove this persona / journey stage": read from the other side of the link
create index ix_insight_personas_persona on insight_personas (persona_id);
create index ix_insight_journey_stages_stage on insight_journey_stages (journey_stage_id);
