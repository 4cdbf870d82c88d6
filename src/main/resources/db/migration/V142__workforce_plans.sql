-- Workforce plans against need: a target FTE per 10,000 of a population for one staff group in one place by a date,
-- from a baseline date. One plan per group, place and population; a save with other values revises it.
create table workforce.plan (
    id            bigserial primary key,
    title         text not null,
    staff_group   text not null,
    place         text not null,
    denominator   text not null,
    target_per_10k numeric(10, 2) not null check (target_per_10k > 0),
    baseline_date date not null,
    target_date   date not null check (target_date > baseline_date),
    saved_by      text not null,
    saved_at      timestamptz not null,
    unique (staff_group, place, denominator)
);
