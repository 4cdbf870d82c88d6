-- One row per file ingest, per source organisation: what the run read and did with it. Stored versions
-- and the quarantine keep their own source and time; duplicates (identical to what is stored) leave no
-- other trace, so the data quality page takes them from here.
create table record.ingest_ledger (
    id          bigserial primary key,
    source      text        not null,
    finished_at timestamptz not null,
    read        bigint      not null,
    stored      bigint      not null,
    duplicates  bigint      not null,
    quarantined bigint      not null
);
create index ingest_ledger_source on record.ingest_ledger (source);
