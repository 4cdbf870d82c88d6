-- Workforce: aggregate returns (staff in post, establishment, leavers, sickness, agency, bank) per organisation,
-- staff group, place and period; deployments between partners under pseudonymous ids; a log of every write.
-- No identifiable staff data is held.
create schema workforce;

create table workforce.staffing (
    organisation            text not null,
    staff_group             text not null,
    place                   text not null default '',
    period                  date not null,
    in_post_fte             numeric(12, 2) not null check (in_post_fte >= 0),
    headcount               int not null check (headcount >= 0),
    establishment_fte       numeric(12, 2),
    leavers                 int,
    sickness_days_lost      numeric(14, 2),
    sickness_days_available numeric(14, 2),
    agency_fte              numeric(12, 2),
    bank_fte                numeric(12, 2),
    source                  text not null,
    loaded_by               text not null,
    loaded_at               timestamptz not null,
    primary key (organisation, staff_group, place, period)
);

create table workforce.deployment (
    id                bigserial primary key,
    pseudonym         text not null,
    kind              text not null,
    from_organisation text not null,
    to_organisation   text not null,
    staff_group       text not null,
    fte               numeric(4, 2) not null,
    start_date        date not null,
    end_date          date,
    recorded_by       text not null,
    recorded_at       timestamptz not null,
    unique (pseudonym, kind, from_organisation, to_organisation, start_date)
);

create table workforce.change_log (
    id        bigserial primary key,
    at        timestamptz not null,
    actor     text not null,
    role      text not null,
    action    text not null,
    detail    text not null
);
