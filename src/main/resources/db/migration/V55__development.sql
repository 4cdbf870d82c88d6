-- System development: the conditions for ICS success with their dated updates (append-only history),
-- and the system development plan (work areas, what is completed, milestones linked to indicators).
create schema development;

create table development.condition (
    id          text primary key,
    number      int  not null unique,
    title       text not null,
    description text not null
);

create table development.condition_update (
    id           bigserial primary key,
    condition_id text not null references development.condition (id),
    as_of        date not null,
    rag          text not null check (rag in ('RED', 'AMBER', 'GREEN', 'COMPLETE')),
    note         text not null,
    author       text not null,
    recorded_at  timestamptz not null
);
create index condition_update_condition on development.condition_update (condition_id, as_of desc, recorded_at desc);

create function development.refuse_update_change() returns trigger language plpgsql as $$
begin
    raise exception 'updates of a condition are history: add a new one instead';
end $$;
create trigger condition_update_append_only before update or delete on development.condition_update
    for each row execute function development.refuse_update_change();

create table development.work_area (
    code        text primary key,
    number      int  not null,
    title       text not null,
    lead        text not null,
    destination text not null,
    approach    text not null,
    completed   text[] not null,
    updated_by  text not null,
    updated_at  timestamptz not null
);

create table development.milestone (
    id          text primary key,
    work_area   text not null references development.work_area (code) on delete cascade,
    title       text not null,
    start_date  date,
    due_date    date not null,
    status      text not null check (status in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'LATE', 'COMPLETE')),
    owner       text not null,
    indicators  text[] not null,
    updated_by  text not null,
    updated_at  timestamptz not null
);
create index milestone_area on development.milestone (work_area);
