-- sites, loadable (the demo seeds its trusts' sites; a deployment imports its own)
create table mutualaid.site (
    code text primary key,
    name text not null,
    provider text not null,
    provider_name text not null,
    kind text not null check (kind in ('HOSPITAL', 'INDEPENDENT', 'CDC')),
    latitude double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    source text not null,
    loaded_at timestamptz not null default now()
);

-- tests a week per site and modality (DM01 tests), and how many of them the site offers to other providers' waiters
create table mutualaid.diagnostic_capacity (
    site text not null references mutualaid.site (code),
    modality text not null,
    tests_per_week integer not null check (tests_per_week >= 0),
    offered_per_week integer not null check (offered_per_week >= 0 and offered_per_week <= tests_per_week),
    source text not null,
    loaded_at timestamptz not null default now(),
    primary key (site, modality)
);

-- diagnostics waiting-list returns (DM01 style): counts per provider, modality and whole weeks waited, on a date
create table mutualaid.diagnostic_waiting (
    return_date date not null,
    provider text not null,
    modality text not null,
    weeks_waited integer not null check (weeks_waited >= 0),
    waiting integer not null check (waiting >= 0),
    source text not null,
    primary key (return_date, provider, modality, weeks_waited)
);
