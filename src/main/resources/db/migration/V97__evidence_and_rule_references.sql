-- An insight's links to personas and journey stages, and a routing rule's persona, user goal and
-- journey stage, go with what they name. Until now these columns held plain ids: deleting a persona,
-- a user goal or a journey stage (or a journey map, or a stage left out of a replaced map) left the
-- ids behind, so an insight still counted as evidence of a stage that was gone and a rule followed
-- it. Links and rules that name something gone, or another workspace's, are dropped first; a rule
-- whose persona, user goal or stage is gone could never match again.
delete from insight_personas
where not exists (
    select 1 from personas p join insights i on i.workspace_id = p.workspace_id
    where p.id = insight_personas.persona_id and i.id = insight_personas.insight_id);
delete from insight_journey_stages
where not exists (
    select 1 from journey_stages s
    join journeys j on j.id = s.journey_id
    join insights i on i.workspace_id = j.workspace_id
    where s.id = insight_journey_stages.journey_stage_id and i.id = insight_journey_stages.insight_id);
delete from routing_rules
where (persona_id is not null and not exists (
        select 1 from personas p where p.id = routing_rules.persona_id and p.workspace_id = routing_rules.workspace_id))
   or (user_goal_id is not null and not exists (
        select 1 from user_goals g where g.id = routing_rules.user_goal_id and g.workspace_id = routing_rules.workspace_id))
   or (journey_stage_id is not null and not exists (
        select 1 from journey_stages s join journeys j on j.id = s.journey_id
        where s.id = routing_rules.journey_stage_id and j.workspace_id = routing_rules.workspace_id));

alter table insight_personas
    add constraint fk_insight_personas_persona foreign key (persona_id) references personas (id) on delete cascade;
alter table insight_journey_stages
    add constraint fk_insight_journey_stages_stage foreign key (journey_stage_id) references journey_stages (id)
        on delete cascade;
alter table routing_rules
    add constraint fk_routing_rules_persona foreign key (persona_id) references personas (id) on delete cascade;
alter table routing_rules
    add constraint fk_routing_rules_user_goal foreign key (user_goal_id) references user_goals (id) on delete cascade;
alter table routing_rules
    add constraint fk_routing_rules_stage foreign key (journey_stage_id) references journey_stages (id)
        on delete cascade;
create index ix_routing_rules_persona on routing_rules (persona_id);
create index ix_routing_rules_user_goal on routing_rules (user_goal_id);
create index ix_routing_rules_stage on routing_rules (journey_stage_id);
