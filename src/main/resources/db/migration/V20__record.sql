-- The shared care record: FHIR resources with versions, quarantine, master person index, audit log
-- and pseudonymised analytic facts.
create schema record;

-- The current version of each resource; older versions stay in resource_version.
create table record.resource (
    type        text   not null,
    id          text   not null,
    version     int    not null,
    hash        text   not null,
    patient_id  text,               -- the Patient this resource is about (subject/patient), for $everything and access
    body        jsonb  not null,
    source      text   not null,
    file        text,
    updated_at  timestamptz not null,
    primary key (type, id)
);
create index resource_patient on record.resource (patient_id) where patient_id is not null;
create index resource_identifier on record.resource using gin ((body -> 'identifier') jsonb_path_ops);

create table record.resource_version (
    type        text   not null,
    id          text   not null,
    version     int    not null,
    hash        text   not null,
    body        jsonb  not null,
    source      text   not null,
    file        text,
    line        bigint,
    received_at timestamptz not null,
    primary key (type, id, version)
);

create table record.quarantine (
    id            bigserial primary key,
    received_at   timestamptz not null,
    source        text   not null,
    file          text   not null,
    line          bigint not null,
    resource_type text,
    resource_id   text,
    reason        text   not null,
    original      bytea  not null,
    hash          text   not null,
    released_at   timestamptz,
    unique (source, file, line, hash)
);

-- Master person index: one person per verified NHS number, or per demographic match, or unverified.
create table record.person (
    id          bigserial primary key,
    nhs_number  text unique,
    match_key   text,
    local_id    text,
    created_at  timestamptz not null default now()
);
create index person_match on record.person (match_key) where match_key is not null;

create table record.person_link (
    patient_id  text primary key,
    person_id   bigint not null references record.person (id),
    method      text   not null
);
create index person_link_person on record.person_link (person_id);

create table record.person_merge (
    id          bigserial primary key,
    from_person bigint not null,
    into_person bigint not null,
    patients    text[] not null,
    actor       text   not null,
    reason      text   not null,
    merged_at   timestamptz not null default now(),
    unmerged_at timestamptz,
    unmerged_by text
);

-- Organisations a patient record relates to (registered practice, providers), for access decisions.
create table record.patient_organisation (
    patient_id   text not null,
    organisation text not null,
    relationship text not null,
    primary key (patient_id, organisation, relationship)
);

-- Append-only, hash-chained audit of every access to person-level data.
create table record.audit_log (
    seq          bigint primary key,
    at           timestamptz not null,
    username     text not null,
    role         text not null,
    organisation text,
    person_id    bigint,
    purpose      text not null,
    what         text not null,
    granted      boolean not null,
    reason       text not null,
    hash         text not null
);
create index audit_person on record.audit_log (person_id);

create function record.refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;
create trigger audit_append_only before update or delete on record.audit_log
    for each row execute function record.refuse_audit_change();

-- The key of the pseudonyms handed to analytics; generated once per store.
create table record.pseudonym_key (
    id  int primary key check (id = 1),
    key bytea not null
);

-- Pseudonymised facts for analytics, one row per source resource (patient_id and resource ids stay
-- here for maintenance and are never handed out).
create table record.fact_person (
    patient_id text primary key, pseudonym text not null, place text, pcn text, practice text, lsoa text,
    birth_date date, sex text, ethnicity text
);
create table record.fact_condition (
    resource_id text primary key, patient_id text not null, pseudonym text not null, code text, system text,
    onset date, recorder text
);
create table record.fact_observation (
    resource_id text primary key, patient_id text not null, pseudonym text not null, code text, system text,
    effective date, value double precision, unit text, recorder text
);
create table record.fact_encounter (
    resource_id text primary key, patient_id text not null, pseudonym text not null, class text, type text,
    start_date date, end_date date, emergency_admission boolean not null, provider text
);
create table record.fact_death (
    patient_id text primary key, pseudonym text not null, death_date date not null
);
create table record.fact_waiting_list (
    resource_id text primary key, patient_id text not null, pseudonym text not null, provider text,
    treatment_function text, clock_start date, priority text, status text
);
