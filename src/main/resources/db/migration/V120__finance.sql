-- Finance: NHS England weighted populations per practice and year, allocation runs (inputs and results kept as the
-- JSON text they were saved as, so a re-run can be compared figure for figure), delegated budgets, pooled funds and
-- their partners, ledger actuals, forecast adjustments and the change log of every write.
create schema finance;

create table finance.weighted_import (
    year        text primary key,
    file        text not null,
    digest      text not null,
    rows        int  not null,
    imported_at timestamptz not null,
    imported_by text not null
);

create table finance.practice_weight (
    year          text not null references finance.weighted_import (year) on delete cascade,
    practice      text not null,
    name          text not null,
    pcn           text,
    pcn_name      text,
    sub_icb       text,
    sub_icb_name  text,
    ics           text not null,
    ics_name      text not null,
    la            text not null,
    la_name       text not null,
    district      text,
    district_name text,
    registered    numeric not null check (registered > 0),
    -- in NeedComponent order (G&A, CS, MH, Mat, HI, Prescr, Final, PMC, Final PMC); null where published blank
    weighted      numeric[] not null,
    primary key (year, practice)
);
create index practice_weight_ics on finance.practice_weight (year, ics);

create table finance.allocation_run (
    id         bigserial primary key,
    name       text not null,
    created_at timestamptz not null,
    created_by text not null,
    rerun_of   bigint references finance.allocation_run (id),
    inputs     text not null,
    result     text not null
);

create table finance.budget (
    code         text primary key,
    name         text not null,
    holder       text not null,
    function     text not null,
    place        text,
    organisation text not null,
    pool         text,
    amount_pence bigint not null check (amount_pence >= 0),
    year         text not null,
    entry        text not null,
    set_by       text not null,
    set_at       timestamptz not null
);

create table finance.pooled_fund (
    code  text primary key,
    name  text not null,
    host  text not null,
    place text,
    year  text not null,
    basis text not null check (basis in ('BY_CONTRIBUTION', 'AGREED_PERCENTAGES'))
);

create table finance.pool_partner (
    pool               text not null references finance.pooled_fund (code) on delete cascade,
    position           int  not null,
    organisation       text not null,
    name               text not null,
    kind               text not null check (kind in ('COUNCIL', 'NHS')),
    contribution_pence bigint not null check (contribution_pence >= 0),
    agreed_percent     numeric,
    cap_pence          bigint,
    primary key (pool, organisation)
);

create table finance.ledger_line (
    id           bigserial primary key,
    period       text not null,
    organisation text not null,
    budget_code  text not null,
    subjective   text not null,
    amount_pence bigint not null,
    file         text not null,
    line         bigint not null
);
create index ledger_line_period on finance.ledger_line (period, organisation);

create table finance.forecast_adjustment (
    id           bigserial primary key,
    budget_code  text not null,
    amount_pence bigint not null,
    note         text not null,
    set_by       text not null,
    set_at       timestamptz not null
);

create table finance.change_log (
    id      bigserial primary key,
    at      timestamptz not null,
    actor   text not null,
    role    text not null,
    action  text not null,
    subject text not null,
    detail  text not null
);
