-- Residents' opt-outs from uses of their data beyond their own care: the national data opt-out and the type 1
-- opt-out, kept per NHS number (a list can name people whose records have not arrived yet; the opt-out applies
-- when they do). One row per NHS number and kind: the current choice; every change is in the audit log.
create table record.opt_out (
    nhs_number  text    not null,
    kind        text    not null check (kind in ('NATIONAL', 'TYPE1')),
    opted_out   boolean not null,
    source      text    not null,   -- 'list FILE:LINE', 'Consent/ID', 'resident self-service'
    recorded_by text    not null,
    recorded_at timestamptz not null,
    primary key (nhs_number, kind)
);
create index opt_out_active on record.opt_out (nhs_number) where opted_out;
