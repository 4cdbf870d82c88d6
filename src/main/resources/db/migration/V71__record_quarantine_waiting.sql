-- A resource quarantined only because references of it did not resolve (after the whole load) waits for them:
-- waiting_for lists those references (Type/id, or Type?identifier=system|value), so a later load that brings a
-- target re-processes it. canonical is the resource as read (id from its bundle entry's fullUrl, references to the
-- other entries of its bundle rewritten), which the original bytes alone no longer say outside the bundle.
-- written_by is the account or feed that sent it (null: the operator's load), under whose rules it is re-processed.
alter table record.quarantine add column waiting_for text[];
alter table record.quarantine add column canonical text;
alter table record.quarantine add column written_by text;
create index quarantine_waiting on record.quarantine (id) where released_at is null and waiting_for is not null;
