-- A person's records are merged away at most once at a time: a second merge of the same person must wait for the
-- first to be undone (the merge commands check first and say so; this makes it hold under concurrent writers too).
create unique index person_merge_active_from on record.person_merge (from_person) where unmerged_at is null;
create index person_merge_into on record.person_merge (into_person);
