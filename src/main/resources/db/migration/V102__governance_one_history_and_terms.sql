-- One history of governance (issue 17): change_log, written by every governance write, becomes the only history.
-- A write that keeps a model version points at it; model_version is the store of documents, no longer a second history.
alter table governance.change_log add column model_version int references governance.model_version;

-- The imports and changes kept until now only as model versions move into the history, attributed as they were.
-- Only a governance administrator could make them (the entry point checked it).
insert into governance.change_log (at, username, role, action, detail, model_version)
select imported_at,
       coalesce(nullif(split_part(actor, ' (', 1), ''), 'not recorded'),
       'GOVERNANCE_ADMIN',
       'change the ICS''s governance (bodies, seats, interests, rules or the whole model)',
       coalesce(change, 'imported the whole model from ' || source),
       version
from governance.model_version
order by version;

alter table governance.model_version drop column actor;
alter table governance.model_version drop column change;

create index change_log_at on governance.change_log (at desc, id desc);

-- Terms of reference, effective-dated: a body's remit, quorum and the roles of its members for a period. A body without
-- terms in force on a day is held to the quorum it was founded with (governance.body).
create table governance.terms (
    id bigserial primary key,
    body text not null references governance.body,
    remit text not null,
    quorum_members int not null check (quorum_members > 0),
    quorum_independent int not null check (quorum_independent >= 0),
    members text[] not null,
    valid_from date not null,
    valid_to date
);
