-- Meetings from agenda to minutes (issue 17): the meeting with its attendance and minutes, its agenda items with their
-- papers, and the interests declared at the meeting. A decided item points at its record in the hash-chained decision log.
create table governance.meeting (
    id bigserial primary key,
    body text not null, -- by value, as the decision log does: a meeting outlives a body's later removal from the model
    meeting_date date not null,
    title text,
    location text,
    present text[] not null default '{}',
    in_attendance text[] not null default '{}',
    minutes_public text,
    minutes_private text,
    minutes_approved_at bigint references governance.meeting,
    minutes_approved_on date,
    created_at timestamptz not null default now()
);

create index meeting_by_date on governance.meeting (meeting_date, id);

create table governance.agenda_item (
    meeting bigint not null references governance.meeting on delete cascade,
    number int not null check (number > 0),
    title text not null,
    purpose text not null,
    presenter text,
    confidential_ground text,
    proposal text,
    function text,
    value_pounds bigint,
    place text,
    counterparties text[] not null default '{}',
    decision bigint references governance.decision (sequence),
    primary key (meeting, number)
);

create table governance.paper (
    id bigserial primary key,
    meeting bigint not null,
    item int not null,
    title text not null,
    author text not null,
    link text,
    foreign key (meeting, item) references governance.agenda_item on delete cascade
);

create table governance.meeting_declaration (
    id bigserial primary key,
    meeting bigint not null references governance.meeting on delete cascade,
    item int not null,
    person text not null,
    interest text not null
);
