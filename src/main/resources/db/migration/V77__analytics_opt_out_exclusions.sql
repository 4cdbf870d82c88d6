-- How many people the last analytics refresh left out because of opt-outs, per area (ICS, place, PCN, practice),
-- so that each figure that changes says so beside it (docs/opt-outs.md).
create table analytics.opt_out_exclusion (
    level     text   not null,
    code      text   not null,
    people    bigint not null,
    national  bigint,           -- for the whole store only (level ALL)
    type1     bigint,
    as_at     timestamptz not null,
    primary key (level, code)
);
