-- Which population the published figures describe (PopulationDescribed): at most one row, written when the facts are
-- replaced from the synthetic generator (the demo); without a row the figures describe the record's people.
create table analytics.population_described (
    id integer primary key check (id = 1),
    source text not null,
    people bigint not null,
    scale double precision,
    seed bigint,
    as_at date,
    record_people bigint,
    description text not null
);
