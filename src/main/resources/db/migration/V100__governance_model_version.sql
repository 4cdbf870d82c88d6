-- Each import of the whole governance model (bodies, people, seats, offices, interests, rules and the scheme) is a
-- dated version, kept with the document as imported so that any earlier version can be read again.
create table governance.model_version (
    version serial primary key,
    imported_at timestamptz not null default now(),
    source text not null,
    bodies int not null,
    people int not null,
    seats int not null,
    offices int not null,
    interests int not null,
    rules int not null,
    scheme_entries int not null,
    document text not null
);
