-- Estates: site returns per site and period (ERIC-shaped), local care hubs with the services they host and the
-- neighbourhoods they serve, estate plans with a reference to a capital bid, and a log of every write.
create schema estates;

create table estates.site (
    site_code        text not null,
    period           date not null,
    name             text not null,
    owner            text not null,
    place            text not null default '',
    address          text not null default '',
    postcode         text not null default '',
    latitude         double precision,
    longitude        double precision,
    tenure           text,
    floor_area_m2    numeric(12, 1) not null check (floor_area_m2 > 0),
    condition        text,
    backlog_high     bigint not null default 0,
    backlog_significant bigint not null default 0,
    backlog_moderate bigint not null default 0,
    backlog_low      bigint not null default 0,
    running_cost     bigint,
    clinical_utilisation   numeric(5, 1),
    consulting_utilisation numeric(5, 1),
    office_utilisation     numeric(5, 1),
    void_m2          numeric(12, 1),
    carbon_tonnes    numeric(12, 1),
    source           text not null,
    loaded_by        text not null,
    loaded_at        timestamptz not null,
    primary key (site_code, period)
);

create table estates.hub (
    site_code  text primary key,
    name       text not null,
    updated_by text not null,
    updated_at timestamptz not null
);

create table estates.hub_service (
    site_code text not null references estates.hub (site_code) on delete cascade,
    position  int not null,
    service   text not null,
    provider  text not null default '',
    pcns      text[] not null default '{}',
    primary key (site_code, position)
);

create table estates.hub_neighbourhood (
    site_code text not null references estates.hub (site_code) on delete cascade,
    pcn       text not null,
    latitude  double precision not null,
    longitude double precision not null,
    primary key (site_code, pcn)
);

create table estates.plan (
    id                   bigserial primary key,
    kind                 text not null,
    site_code            text not null,
    target_site          text,
    title                text not null,
    due                  date not null,
    status               text not null,
    floor_area_change_m2 numeric(12, 1) not null default 0,
    running_cost_change  bigint not null default 0,
    capital_bid          text,
    updated_by           text not null,
    updated_at           timestamptz not null
);

create table estates.change_log (
    id     bigserial primary key,
    at     timestamptz not null,
    actor  text not null,
    role   text not null,
    action text not null,
    detail text not null
);
