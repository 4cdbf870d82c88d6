-- Results of the indicator refresh (analytics module), read by pages and APIs; recomputed whole by each refresh.
create schema if not exists analytics;

create table analytics.refresh (
    id bigserial primary key,
    finished_at timestamptz not null,
    took_ms bigint not null,
    persons bigint not null,
    facts text not null,            -- JSON object: fact rows per kind in the facts store
    indicators integer not null,
    value_count bigint not null,
    notes text not null,            -- one note a line
    reference_date date not null
);

create table analytics.indicator_value (
    indicator_id text not null,
    level text not null,
    code text not null,
    name text,
    breakdown text not null,
    category text not null,
    period text not null,
    period_order integer not null,  -- 0..3 quarters of the year, 10 the whole period (the latest value)
    numerator double precision,
    denominator double precision,
    value double precision,
    lower95 double precision,
    upper95 double precision,
    lower998 double precision,
    upper998 double precision,
    suppressed boolean not null,
    suppression_reason text,
    vs_benchmark95 text not null,
    vs_benchmark998 text not null,
    vs_parent95 text not null,
    vs_parent998 text not null,
    parent text,
    ancestors text[] not null
);
create index indicator_value_unit on analytics.indicator_value (indicator_id, level, code, breakdown);

create table analytics.inequality (
    indicator_id text not null,
    level text not null,
    code text not null,
    sii double precision, sii_lower95 double precision, sii_upper95 double precision,
    rii double precision, rii_lower95 double precision, rii_upper95 double precision,
    gap double precision,
    primary key (indicator_id, level, code)
);

create table analytics.attributable_deaths (
    level text not null,
    code text not null,
    name text,
    observed bigint not null,
    expected double precision not null,
    attributable double precision not null,
    share double precision,
    primary key (level, code)
);

create table analytics.value_change (
    indicator_id text not null,
    level text not null,
    code text not null,
    previous double precision,
    current double precision,
    previous_vs_benchmark95 text not null,
    current_vs_benchmark95 text not null
);
create index value_change_unit on analytics.value_change (level, code);
