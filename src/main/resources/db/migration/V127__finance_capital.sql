-- Finance: capital rounds (bids, criteria with the board's weights, envelope, objective — kept as the JSON text they were
-- submitted as) and the last plan of each (portfolio with its solve report, or the refusals, and the approval routes).
create table finance.capital_round (
    id           text primary key,
    name         text not null,
    round        text not null,
    submitted_by text not null,
    submitted_at timestamptz not null,
    plan         text not null,
    planned_by   text not null,
    planned_at   timestamptz not null
);
