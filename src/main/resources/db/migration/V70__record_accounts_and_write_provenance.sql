-- Accounts and integration feeds held in the store (passwords and feed secrets as BCrypt hashes only); `serve`
-- creates none: the first administrator comes from `openics accounts add`.
create table record.account (
    username      text primary key,
    password_hash text not null,
    role          text not null,
    organisations text[] not null default '{}',  -- a person's organisation, or the organisations a feed sends for
    nhs_number    text,                          -- a resident's own NHS number
    created_at    timestamptz not null,
    created_by    text not null
);

-- Which record gave a relationship, and who wrote it (an account, a feed, or the operator's bulk load).
alter table record.patient_organisation add column source_resource text;
alter table record.patient_organisation add column written_by text;

-- A keyed MAC of each audit entry's hash, with a key kept outside the database (OPENICS_HOME/secrets/audit-key):
-- whoever can write the table cannot recompute it. Entries written before this migration have none.
alter table record.audit_log add column mac text;
