-- The version of an agenda item's notes, which a note-taker sends back: only a change of the notes
-- moves it (a new agenda changes the item's title, a move its position, neither the notes). A node of
-- the previous version leaves it at 0 and never reads it.
alter table check_in_agenda_items add column notes_version bigint default 0 not null;
