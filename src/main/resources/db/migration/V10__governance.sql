-- Governance: bodies, people, seats, interests, constitution rules, the scheme of reservation and
-- delegation, and the append-only, hash-chained decision log. Registry codes are referred to by value.
create schema governance;

create table governance.system (
    icb text primary key,
    loaded_at timestamptz not null default now()
);

create table governance.body (
    code text primary key,
    name text not null,
    kind text not null,
    level text not null,
    parent text,
    place text,
    quorum_members int not null check (quorum_members > 0),
    quorum_independent int not null check (quorum_independent >= 0),
    valid_from date not null,
    valid_to date
);

create table governance.person (
    id text primary key,
    name text not null
);

create table governance.appointment (
    id bigserial primary key,
    person text not null references governance.person,
    body text not null references governance.body,
    role text not null,
    represents text,
    valid_from date not null,
    valid_to date
);

create table governance.affiliation (
    id bigserial primary key,
    person text not null references governance.person,
    organisation text not null,
    office text not null,
    valid_from date not null,
    valid_to date
);

create table governance.interest (
    id bigserial primary key,
    person text not null references governance.person,
    kind text not null,
    organisation text not null,
    description text not null,
    valid_from date not null,
    valid_to date
);

create table governance.rule (
    id text not null,
    version int not null,
    applies_to text not null,
    kind text not null,
    role text,
    minimum int not null,
    text text not null,
    reason text not null,
    valid_from date not null,
    valid_to date,
    primary key (id, version)
);

-- the scheme: each import is a version; functions and entries belong to the current one
create table governance.scheme_version (
    version serial primary key,
    imported_at timestamptz not null default now(),
    source text not null,
    functions int not null,
    entries int not null
);

create table governance.function (
    code text primary key,
    name text not null,
    category text not null,
    plain_english text not null,
    position int not null
);

create table governance.delegation (
    id text primary key,
    function text not null references governance.function,
    delegated_by text not null,
    delegate text not null,
    kind text not null,
    place text,
    limit_pounds bigint,
    conditions text not null,
    valid_from date not null,
    valid_to date
);

create table governance.decision (
    sequence bigint primary key,
    recorded_at timestamptz not null,
    body text not null,
    meeting_date date not null,
    item text not null,
    proposal text not null,
    function text not null,
    value_pounds bigint not null,
    place text,
    counterparties text[] not null,
    outcome text not null,
    reason text not null,
    entry text,
    excluded jsonb not null,
    confidential_ground text,
    previous_hash char(64) not null,
    hash char(64) not null unique
);

-- append-only: the application never updates or deletes a decision; the hash chain catches anyone who does
create function governance.decision_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the decision log is append-only: % of decision % refused', tg_op, old.sequence;
end
$$;

create trigger decision_append_only before update or delete on governance.decision
    for each row execute function governance.decision_is_append_only();
