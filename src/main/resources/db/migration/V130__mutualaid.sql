create schema if not exists mutualaid;

create table mutualaid.offer (
    id bigserial primary key,
    provider text not null,
    site text not null,
    specialty text not null,
    slots_per_week integer not null check (slots_per_week >= 0),
    weeks integer not null check (weeks > 0),
    expires date not null,
    slots_left integer not null check (slots_left >= 0),
    offered_by text not null,
    offered_at timestamptz not null default now()
);

create table mutualaid.aid_request (
    id bigserial primary key,
    provider text not null,
    specialty text not null,
    patients integer not null check (patients > 0),
    note text,
    requested_by text not null,
    requested_at timestamptz not null default now()
);

create table mutualaid.transfer (
    id bigserial primary key,
    pseudonym text not null,
    origin text not null,
    offer_id bigint not null references mutualaid.offer (id),
    site text not null,
    specialty text not null,
    miles double precision not null,
    status text not null,
    travel_willingness text,
    refusal text,
    detail text not null default ''
);

-- every step, done or refused, and every look at named patients
create table mutualaid.audit_log (
    sequence bigserial primary key,
    at timestamptz not null default now(),
    who text not null,
    role text not null,
    action text not null,
    subject text not null,
    outcome text not null,
    why text not null default ''
);
