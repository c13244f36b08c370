-- Which teams are IT: discovery sessions warn when nobody from one is there while an involved
-- initiative needs infrastructure or an IT review. Teams named "IT" or "Information technology"
-- were recognised by their name until now; they keep the mark.
alter table teams add column it_team boolean default false not null;
update teams set it_team = true where name_key in ('it', 'information technology');
