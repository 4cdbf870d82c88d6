-- Registry: the system of systems, every attribute and link effective-dated.
-- A version is valid from valid_from (inclusive) to valid_to (exclusive; null while open).
create schema if not exists registry;

create table registry.organisation_version (
    id          bigserial primary key,
    code        text not null,
    name        text not null,
    kind        text not null,
    subtype     text,
    valid_from  date not null,
    valid_to    date,
    source      text not null,
    recorded_at timestamptz not null default now(),
    unique (code, valid_from),
    check (valid_to is null or valid_to > valid_from)
);

create table registry.link_version (
    id          bigserial primary key,
    child       text not null,
    relation    text not null,
    slot        text not null,
    parent      text not null,
    role        text,
    coverage    text,
    share       numeric,
    valid_from  date not null,
    valid_to    date,
    source      text not null,
    recorded_at timestamptz not null default now(),
    unique (child, relation, slot, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
create index link_version_parent on registry.link_version (parent);

create table registry.population_version (
    id          bigserial primary key,
    code        text not null,
    measure     text not null,
    value       double precision not null,
    valid_from  date not null,
    valid_to    date,
    source      text not null,
    recorded_at timestamptz not null default now(),
    unique (code, measure, valid_from),
    check (valid_to is null or valid_to > valid_from)
);

create table registry.deprivation_version (
    id          bigserial primary key,
    lsoa        text not null,
    score       double precision not null,
    rank        integer not null,
    decile      integer not null check (decile between 1 and 10),
    valid_from  date not null,
    valid_to    date,
    source      text not null,
    recorded_at timestamptz not null default now(),
    unique (lsoa, valid_from),
    check (valid_to is null or valid_to > valid_from)
);

-- What was imported, when, and how it reconciled.
create table registry.import_log (
    id          bigserial primary key,
    file        text not null,
    format      text not null,
    effective   date,
    rows_read   bigint not null,
    rows_loaded bigint not null,
    rows_rejected bigint not null,
    changes     bigint not null,
    imported_at timestamptz not null default now()
);

-- Bumped by every write, so that readers in other processes know their cached snapshots are stale.
create table registry.revision (revision bigint not null);
insert into registry.revision values (0);
