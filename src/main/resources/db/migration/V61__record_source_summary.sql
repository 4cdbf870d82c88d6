-- Stored versions per source, kept as they are written, so that the data quality page does not count
-- record.resource_version (19 M rows at full size) on every visit. Statement-level triggers with transition
-- tables add each COPY or INSERT batch's counts (and take away deleted rows), so the summary is exact and
-- current without any change to the ingest code.
create table record.source_summary (
    source        text primary key,
    versions      bigint not null,
    last_received timestamptz
);

insert into record.source_summary (source, versions, last_received)
    select source, count(*), max(received_at) from record.resource_version group by source;

create function record.source_summary_add() returns trigger language plpgsql as $$
begin
    insert into record.source_summary as s (source, versions, last_received)
        select source, count(*), max(received_at) from added group by source
    on conflict (source) do update set versions = s.versions + excluded.versions,
        last_received = greatest(s.last_received, excluded.last_received);
    return null;
end $$;

create function record.source_summary_remove() returns trigger language plpgsql as $$
begin
    update record.source_summary s set versions = s.versions - r.versions
        from (select source, count(*) as versions from removed group by source) r
        where s.source = r.source;
    return null;
end $$;

create function record.source_summary_clear() returns trigger language plpgsql as $$
begin
    delete from record.source_summary;
    return null;
end $$;

create trigger resource_version_summary_add after insert on record.resource_version
    referencing new table as added for each statement execute function record.source_summary_add();
create trigger resource_version_summary_remove after delete on record.resource_version
    referencing old table as removed for each statement execute function record.source_summary_remove();
create trigger resource_version_summary_clear after truncate on record.resource_version
    for each statement execute function record.source_summary_clear();
